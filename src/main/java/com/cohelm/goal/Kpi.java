package com.cohelm.goal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a goal measures: from the baseline to the target, in a direction, by a date. */
public record Kpi(String metric, String unit, BigDecimal baseline, BigDecimal target, KpiDirection direction,
        LocalDate targetDate) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A share in per cent, such as a yield: the unit is "%" and both the baseline and the target lie between 0 and
     * 100. Such a value cannot leave that range, whatever a trend says. (A "%" KPI that starts or aims beyond it,
     * such as a growth rate of 120 %, is not a share.)
     */
    public boolean isShare() {
        return unit != null && unit.strip().equals("%") && within(baseline) && within(target);
    }

    private static boolean within(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    /** The value brought into 0–100 for a {@linkplain #isShare() share}; any other KPI's value as it is. */
    public BigDecimal bounded(BigDecimal value) {
        if (!isShare()) {
            return value;
        }
        return value.max(BigDecimal.ZERO).min(HUNDRED);
    }
}
