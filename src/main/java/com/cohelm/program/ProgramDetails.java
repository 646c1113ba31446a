package com.cohelm.program;

import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import com.cohelm.security.Side;

/**
 * A program's overview: what both sides agreed, who leads on each side, and who takes part.
 *
 * @param version        the version the reader saw, handed back with an edit
 * @param canEdit        whether the reader may change the program
 * @param canContribute  whether the reader may change the program's work (false for viewers)
 * @param editableSides  the sides whose lead and team the reader may change
 */
public record ProgramDetails(
        long id,
        long version,
        String name,
        String successDefinition,
        LocalDate startDate,
        LocalDate targetEndDate,
        ProgramStatus status,
        OrganizationSummary customer,
        PersonSummary supplierLead,
        PersonSummary customerLead,
        List<PersonSummary> supplierMembers,
        List<PersonSummary> customerMembers,
        Instant updatedAt,
        boolean canEdit,
        boolean canContribute,
        Set<Side> editableSides) {

    /** The draft an edit form starts from. */
    public ProgramDraft toDraft() {
        return new ProgramDraft(customer.id(), name, successDefinition, startDate, targetEndDate, status,
                supplierLead.id(), customerLead.id(),
                supplierMembers.stream().map(PersonSummary::id).collect(java.util.stream.Collectors.toSet()),
                customerMembers.stream().map(PersonSummary::id).collect(java.util.stream.Collectors.toSet()));
    }
}
