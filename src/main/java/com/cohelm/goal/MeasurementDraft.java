package com.cohelm.goal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A measurement to add: values are stored with at most 15 digits before the point and 4 after. */
public record MeasurementDraft(@NotNull LocalDate date, @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
        @Size(max = 1000) String note) {
}
