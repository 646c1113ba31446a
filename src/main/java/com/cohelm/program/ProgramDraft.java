package com.cohelm.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a program form sends: a new program, or the new state of an existing one (whose customer
 * cannot change). Leads are members without being listed among the members.
 */
public record ProgramDraft(
        @NotNull Long customerId,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 4000) String successDefinition,
        @NotNull LocalDate startDate,
        @NotNull LocalDate targetEndDate,
        @NotNull ProgramStatus status,
        @NotNull Long supplierLeadId,
        @NotNull Long customerLeadId,
        @NotNull Set<Long> supplierMemberIds,
        @NotNull Set<Long> customerMemberIds) {

    public static ProgramDraft empty() {
        return new ProgramDraft(null, "", "", null, null, ProgramStatus.ACTIVE, null, null, Set.of(), Set.of());
    }
}
