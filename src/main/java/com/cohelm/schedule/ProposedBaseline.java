package com.cohelm.schedule;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

public record ProposedBaseline(@NotNull Long milestoneId, @NotNull LocalDate baselineDate) {
}
