package com.cohelm.health;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;

/** Health weeks start on Monday, in UTC, so every reader and every node agrees on "this week". */
final class Weeks {

    /** How many weeks a trend chart shows. */
    static final int TREND_WEEKS = 12;

    private Weeks() {
    }

    static LocalDate startOf(Instant instant) {
        return startOf(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    static LocalDate startOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
