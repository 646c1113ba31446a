package com.cohelm.program;

import com.cohelm.account.PersonSummary;
import java.time.LocalDate;

/** A row of the programs list. */
public record ProgramSummary(
        long id,
        String name,
        long customerId,
        String customerName,
        ProgramStatus status,
        PersonSummary supplierLead,
        PersonSummary customerLead,
        LocalDate startDate,
        LocalDate targetEndDate) {
}
