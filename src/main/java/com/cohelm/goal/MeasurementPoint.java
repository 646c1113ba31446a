package com.cohelm.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One measured value of a KPI on a day. */
public record MeasurementPoint(LocalDate date, BigDecimal value) {
}
