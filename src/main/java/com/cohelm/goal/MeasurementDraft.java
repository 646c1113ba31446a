package com.cohelm.goal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record MeasurementDraft(@NotNull LocalDate date, @NotNull BigDecimal value, @Size(max = 1000) String note) {
}
