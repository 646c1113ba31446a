package com.cohelm.schedule;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The timeline's time axis, the geometry {@link ScheduleTimeline} draws on: whole months or quarters from before the
 * earliest date to after the latest, widened by whole periods until the drawing reaches its minimum width, so the
 * axis always fills it. Only dates within a window count (issue 28 §4): the program's dates (and today) widened by
 * {@value #WINDOW_MARGIN_MONTHS} months on each side, and never more than {@value #MAX_YEARS_FROM_TODAY} years from
 * today; a date outside it sits on the nearer edge.
 *
 * @param left where the axis starts, in pixels from the drawing's left edge (after the label column)
 */
record TimelineAxis(LocalDate start, LocalDate end, int monthsPerTick, double pixelsPerDay,
        DateTimeFormatter tickFormat, int left) {

    /** How far beyond the program's dates the window reaches before dates count as outside it. */
    static final int WINDOW_MARGIN_MONTHS = 12;
    /** However wide the program, the window stays within this many years of today. */
    static final int MAX_YEARS_FROM_TODAY = 3;
    /** Days kept free before the earliest and after the latest date, so no marker sits on the axis's edge. */
    private static final int MARGIN_DAYS = 7;

    /**
     * @param windowFrom the program's start, or null: the window is then {@value #MAX_YEARS_FROM_TODAY} years
     *                   either side of today
     * @param windowTo   the program's target end, or null (likewise)
     * @param left       where the axis starts, in pixels
     * @param minRight   where the axis ends at the least, in pixels: it is widened until it gets there
     */
    static TimelineAxis covering(List<TimelineRow> rows, LocalDate today, TimelineZoom zoom, Locale locale,
            LocalDate windowFrom, LocalDate windowTo, int left, int minRight) {
        LocalDate[] window = window(today, windowFrom, windowTo);
        List<LocalDate> dates = Stream.concat(Stream.of(today), rows.stream()
                        .flatMap(r -> Stream.of(r.baseline(), r.planned(), r.done(), r.comparedBaseline())))
                .filter(Objects::nonNull)
                .filter(d -> !d.isBefore(window[0]) && !d.isAfter(window[1]))
                .toList();
        LocalDate earliest = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
        LocalDate latest = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        int months = switch (zoom) {
            case MONTH -> 1;
            case QUARTER -> 3;
        };
        double pixelsPerDay = switch (zoom) {
            case MONTH -> 4;
            case QUARTER -> 1.3;
        };
        DateTimeFormatter tickFormat = DateTimeFormatter.ofPattern(switch (zoom) {
            case MONTH -> "MMM yyyy";
            case QUARTER -> "QQQ yyyy";
        }, locale);
        LocalDate start = periodStart(earliest.minusDays(MARGIN_DAYS), months);
        LocalDate end = periodStart(latest.plusDays(MARGIN_DAYS), months).plusMonths(months);
        // alternate sides so that a short plan, or today alone, stays in the middle
        boolean later = true;
        while (left + ChronoUnit.DAYS.between(start, end) * pixelsPerDay < minRight) {
            if (later) {
                end = end.plusMonths(months);
            } else {
                start = start.minusMonths(months);
            }
            later = !later;
        }
        return new TimelineAxis(start, end, months, pixelsPerDay, tickFormat, left);
    }

    /** The dates the axis may cover: the program's dates and today, widened, and never far from today. */
    private static LocalDate[] window(LocalDate today, LocalDate from, LocalDate to) {
        LocalDate earliest = today.minusYears(MAX_YEARS_FROM_TODAY);
        LocalDate latest = today.plusYears(MAX_YEARS_FROM_TODAY);
        if (from == null || to == null) {
            return new LocalDate[] {earliest, latest};
        }
        LocalDate start = (from.isAfter(today) ? today : from).minusMonths(WINDOW_MARGIN_MONTHS);
        LocalDate end = (to.isBefore(today) ? today : to).plusMonths(WINDOW_MARGIN_MONTHS);
        return new LocalDate[] {start.isBefore(earliest) ? earliest : start, end.isAfter(latest) ? latest : end};
    }

    private static LocalDate periodStart(LocalDate date, int months) {
        return date.withDayOfMonth(1).minusMonths((date.getMonthValue() - 1) % months);
    }

    /** Where a date goes; a date outside the axis sits on its nearer edge. */
    double x(LocalDate date) {
        LocalDate clamped = date.isBefore(start) ? start : date.isAfter(end) ? end : date;
        return left + ChronoUnit.DAYS.between(start, clamped) * pixelsPerDay;
    }

    boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    double right() {
        return x(end);
    }

    /** How many rows have a date the axis leaves out. */
    int outsideCount(List<TimelineRow> rows) {
        return (int) rows.stream().filter(r -> Stream.of(r.baseline(), r.planned(), r.done(), r.comparedBaseline())
                .anyMatch(d -> d != null && !contains(d))).count();
    }

    /** The start of every period, and the end of the last one. */
    List<LocalDate> ticks() {
        List<LocalDate> ticks = new ArrayList<>();
        for (LocalDate tick = start; !tick.isAfter(end); tick = tick.plusMonths(monthsPerTick)) {
            ticks.add(tick);
        }
        return ticks;
    }

    String label(LocalDate tick) {
        return tickFormat.format(tick);
    }
}
