package com.cohelm.goal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A measurement as both sides read it, with who entered it. */
public record MeasurementView(LocalDate date, BigDecimal value, String note, String recordedBy, Instant recordedAt) {
}
