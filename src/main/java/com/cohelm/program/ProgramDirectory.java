package com.cohelm.program;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unchecked program look-ups for other features' start-up code (demo data). It checks no access;
 * views never use it (an architecture test enforces that), services use {@link ProgramService}.
 */
@Component
public class ProgramDirectory {

    /** The facts another feature needs to attach its own demo data to a program. */
    public record ProgramRef(long id, LocalDate startDate, LocalDate targetEndDate, long supplierLeadId,
            long customerLeadId) {
    }

    private final ProgramRepository programs;

    ProgramDirectory(ProgramRepository programs) {
        this.programs = programs;
    }

    @Transactional(readOnly = true)
    public Optional<ProgramRef> byName(String name) {
        return programs.findFirstByName(name).map(p -> new ProgramRef(p.getId(), p.getStartDate(),
                p.getTargetEndDate(), p.getSupplierLeadId(), p.getCustomerLeadId()));
    }
}
