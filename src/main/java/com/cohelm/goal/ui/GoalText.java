package com.cohelm.goal.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader writes them: "98.5" in English, "98,5" in French. */
final class GoalText {

    private GoalText() {
    }

    static String number(BigDecimal value, Locale locale) {
        var format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}
