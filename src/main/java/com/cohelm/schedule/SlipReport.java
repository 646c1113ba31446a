package com.cohelm.schedule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a slip must come with: why it happened and how the lost time will be won back. */
public record SlipReport(
        @NotNull SlipCause cause,
        @NotBlank @Size(max = 2000) String explanation,
        @NotBlank @Size(max = 2000) String recoveryPlan) {
}
