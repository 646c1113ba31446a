package com.cohelm.program;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unchecked program look-ups for other features' start-up code (demo data) and for services that have
 * authorized the program by other means (a calendar feed's token). It checks no access;
 * views never use it (an architecture test enforces that), services use {@link ProgramService}.
 */
@Component
public class ProgramDirectory {

    /** The facts another feature needs to attach its own demo data to a program. */
    public record ProgramRef(long id, String name, LocalDate startDate, LocalDate targetEndDate,
            long supplierLeadId, long customerLeadId) {
    }

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;

    ProgramDirectory(ProgramRepository programs, ProgramMemberRepository members) {
        this.programs = programs;
        this.members = members;
    }

    /** The ids of a program's members of both sides (leads are members too). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> memberIds(long programId) {
        return members.findByProgramId(programId).stream().map(ProgramMember::getUserId)
                .collect(java.util.stream.Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Optional<ProgramRef> byName(String name) {
        return programs.findFirstByName(name).map(ProgramDirectory::ref);
    }

    @Transactional(readOnly = true)
    public Optional<ProgramRef> byId(long id) {
        return programs.findById(id).map(ProgramDirectory::ref);
    }

    /** Of the given programs, the ones that are active (not on hold, not completed), in one statement. */
    @Transactional(readOnly = true)
    public java.util.Set<Long> active(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of()
                : java.util.Set.copyOf(programs.findIdsWithStatus(ids, ProgramStatus.ACTIVE));
    }

    private static ProgramRef ref(Program p) {
        return new ProgramRef(p.getId(), p.getName(), p.getStartDate(), p.getTargetEndDate(), p.getSupplierLeadId(),
                p.getCustomerLeadId());
    }
}
