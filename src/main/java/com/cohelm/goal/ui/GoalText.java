package com.cohelm.goal.ui;

import com.cohelm.base.Bounds;
import com.cohelm.goal.Kpi;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them: "98.5" in English, "98,5" in French. */
final class GoalText {

    private GoalText() {
    }

    /** Whether the database keeps the value as typed: 15 digits before the point, 4 after. */
    static boolean storable(BigDecimal value) {
        var plain = value.stripTrailingZeros();
        return plain.scale() <= 4 && plain.precision() - plain.scale() <= 15;
    }

    /**
     * Why a KPI value cannot be stored, as a translation key, or null when it can: at most 4 decimals, at most
     * {@link Bounds#KPI_LIMIT} either way, and 0–100 for a measurement of a share (decision 0033).
     *
     * @param kpi the goal's KPI when the value is a measurement of it; null for a baseline or target
     */
    static String valueError(Kpi kpi, BigDecimal value) {
        if (value == null) {
            return "goal.error.number";
        }
        if (!Bounds.withinKpiLimit(value)) {
            return "goal.error.value-range";
        }
        if (!storable(value)) {
            return "goal.error.number-range";
        }
        if (kpi != null && kpi.isShare() && !Bounds.withinShare(value)) {
            return "goal.error.share-range";
        }
        return null;
    }

    static String number(BigDecimal value, Locale locale) {
        return format(value, locale, 4);
    }

    /** A projection is an estimate: one decimal is all the precision it has. */
    static String estimate(BigDecimal value, Locale locale) {
        return format(value, locale, 1);
    }

    private static String format(BigDecimal value, Locale locale, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }
}
