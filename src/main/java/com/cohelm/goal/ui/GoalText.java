package com.cohelm.goal.ui;

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
