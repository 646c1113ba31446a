package com.cohelm.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a goal measures: from the baseline to the target, in a direction, by a date. */
public record Kpi(String metric, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
        LocalDate targetDate) {
}
