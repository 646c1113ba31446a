package com.cohelm.review;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Agenda lines and "since closing" notes in the reader's language: the review's page, its presentation mode and
 * its PDF all read them here, so they say the same thing the same way.
 */
public final class AgendaTexts {

    private AgendaTexts() {
    }

    public static String render(AgendaLine line, Translator t, Locale locale) {
        var args = new ArrayList<Object>(line.args().size());
        for (var arg : line.args()) {
            args.add(switch (arg.type()) {
                case TEXT -> arg.value() == null ? "" : arg.value();
                case COUNT -> Long.parseLong(arg.value());
                case VALUE -> value(new BigDecimal(arg.value()), arg.unit(), locale);
                case DATE -> date(LocalDate.parse(arg.value()), locale);
                case KEY -> t.translate(arg.value());
            });
        }
        return t.translate(line.key(), args.toArray());
    }

    public static List<String> render(List<AgendaLine> lines, Translator t, Locale locale) {
        return lines.stream().map(line -> render(line, t, locale)).toList();
    }

    /** A day as "Dec 4, 2026" in the reader's language; empty for none. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A measured value as the reader writes numbers, with its unit: "95.11 %", "95,11 %". */
    public static String value(BigDecimal value, String unit, Locale locale) {
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(4);
        return numbers.format(value) + (unit == null || unit.isBlank() ? "" : " " + unit.strip());
    }
}
