package com.cohelm.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates and times in the reader's locale and time zone.
 */
public final class Formats {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale).withZone(zone).format(instant);
    }

    /**
     * A day, month or quarter written as a key (2026-12-04, 2026-12, 2026-Q4; a pulse is named so) in the
     * reader's language: "Dec 4, 2026", "December 2026", "Q4 2026" ("4 déc. 2026", "décembre 2026",
     * "T4 2026"); any other text as it is.
     */
    public static String period(String key, Locale locale) {
        if (key == null) {
            return "";
        }
        var quarter = QUARTER.matcher(key);
        if (quarter.matches()) {
            return DateTimeFormatter.ofPattern("QQQ uuuu", locale).format(
                    LocalDate.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)), 1));
        }
        try {
            return switch (key.length()) {
                case 10 -> date(LocalDate.parse(key), locale);
                case 7 -> DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(YearMonth.parse(key));
                default -> key;
            };
        } catch (DateTimeParseException notAPeriod) {
            return key;
        }
    }
}
