package com.cohelm.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a slip must come with: why it happened and how the lost time will be won back. */
public record SlipReport(
        @NotNull SlipCause cause,
        @NotBlank @Size(max = 2000) String explanation,
        @NotBlank @Size(max = 2000) String recoveryPlan) {

    /**
     * Whether moving a planned date to {@code newPlanned} is a slip that needs a report: later than the
     * baseline and later than the current plan. The service and the form ask the same question here.
     */
    public static boolean isRequired(LocalDate baseline, LocalDate planned, LocalDate newPlanned) {
        return newPlanned.isAfter(baseline) && newPlanned.isAfter(planned);
    }
}
