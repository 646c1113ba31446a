package com.cohelm.base;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one place that says how far a date or a number typed into CoHelm may go (decision 0033). Without
 * bounds, one milestone dated 9999-12-31 in a six-month program made its timeline 18.8 MB, and programs
 * from the year 1000 to 9999 were accepted. Services refuse what lies outside with a message naming the
 * range; forms get the same ends as their fields' min and max.
 *
 * <p>A bound applies to what is entered: a stored value the form shows again unchanged stays valid (a
 * program from 2020 is still saved in 2045 when its dates are left alone), so that saving without a change
 * always works.
 */
public final class Bounds {

    /** A program starts and ends within this many years of today. */
    public static final int PROGRAM_YEARS = 20;
    /** Dates inside a program (milestones, due dates, reviews, measurements) may lie this far outside it. */
    public static final int MARGIN_YEARS = 1;
    /** The largest KPI value either way: baselines, targets and measurements. */
    public static final BigDecimal KPI_LIMIT = new BigDecimal("1000000000000");
    /** A share (a "%" KPI between 0 and 100) is measured between these. */
    public static final BigDecimal SHARE_MIN = BigDecimal.ZERO;
    public static final BigDecimal SHARE_MAX = BigDecimal.valueOf(100);

    private Bounds() {
    }

    /** A program's start and target end: within {@value #PROGRAM_YEARS} years of today either way. */
    public static DateRange programDates(LocalDate today) {
        return new DateRange(today.minusYears(PROGRAM_YEARS), today.plusYears(PROGRAM_YEARS));
    }

    /**
     * Dates that belong to a program: from a year before its start to a year after its target end, stretched to
     * take in today (a program running late, or planned far ahead, still gets its work dated from today).
     */
    public static DateRange aroundProgram(LocalDate start, LocalDate targetEnd, LocalDate today) {
        var from = start.isBefore(today) ? start : today;
        var to = targetEnd.isAfter(today) ? targetEnd : today;
        return new DateRange(from.minusYears(MARGIN_YEARS), to.plusYears(MARGIN_YEARS));
    }

    /** What was measured or done: in the program's dates as {@link #aroundProgram} says, but never after today. */
    public static DateRange pastInProgram(LocalDate start, LocalDate targetEnd, LocalDate today) {
        return new DateRange(aroundProgram(start, targetEnd, today).min(), today);
    }

    /** What is due: from today to the end of {@link #aroundProgram}. */
    public static DateRange dueInProgram(LocalDate start, LocalDate targetEnd, LocalDate today) {
        return new DateRange(today, aroundProgram(start, targetEnd, today).max());
    }

    /** A KPI value: a baseline, a target or a measurement. */
    public static boolean withinKpiLimit(BigDecimal value) {
        return value != null && value.abs().compareTo(KPI_LIMIT) <= 0;
    }

    /** A measurement of a share: 0 to 100. */
    public static boolean withinShare(BigDecimal value) {
        return value != null && value.compareTo(SHARE_MIN) >= 0 && value.compareTo(SHARE_MAX) <= 0;
    }
}
