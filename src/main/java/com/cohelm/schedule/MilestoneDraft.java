package com.cohelm.schedule;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * A milestone as a form enters it. The baseline is set when the milestone is created; afterwards only
 * an accepted re-baseline changes it.
 *
 * @param slip required when the planned date moves later than the baseline and than before; else null
 */
public record MilestoneDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull OwnerSide ownerSide,
        @NotNull Long ownerId,
        @NotNull LocalDate baselineDate,
        @NotNull LocalDate plannedDate,
        @NotNull Set<Long> dependsOn,
        @NotNull Set<Long> goalIds,
        @Valid SlipReport slip) {

    public MilestoneDraft {
        dependsOn = dependsOn == null ? Set.of() : Set.copyOf(dependsOn);
        goalIds = goalIds == null ? Set.of() : Set.copyOf(goalIds);
    }

    public MilestoneDraft withSlip(SlipReport report) {
        return new MilestoneDraft(title, description, ownerSide, ownerId, baselineDate, plannedDate, dependsOn,
                goalIds, report);
    }
}
