package com.cohelm.schedule;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.stream.Stream;

/**
 * Draws the schedule as a timeline in SVG: a row per milestone with its baseline, planned and done dates, the
 * slip between baseline and plan, an earlier baseline for comparison, the dependencies and a line for today.
 * No Spring, no I/O.
 *
 * <p>The SVG is written by hand and every piece of text in it is escaped. Like the goal chart it has no
 * background and uses mid-tone colours, so the same image reads on the light and the dark theme; it is
 * self-contained (no scripts, no external references, no classes) because the browser shows it as an
 * {@code <img>}. Elements carry {@code data-kind} and {@code data-milestone} attributes that name what they
 * show.
 *
 * <p>Its cost is bounded whatever the dates (issue 28 §4): the axis covers the milestones' dates only within a
 * window, the program's dates (and today) widened by {@value TimelineAxis#WINDOW_MARGIN_MONTHS} months on each side,
 * and never more than {@value TimelineAxis#MAX_YEARS_FROM_TODAY} years from today (that alone without the program's
 * dates). A date outside it is drawn as an arrow at the window's edge ({@code data-kind="outside"}), so a milestone
 * dated 9999-12-31 costs what any other does.
 *
 * <p>Where dates go (the window, the periods, the scale) is {@link TimelineAxis}'s; this class lays out the rows
 * and writes the SVG.
 */
public final class ScheduleTimeline {

    static final String PLANNED = "#2f7ff5";
    static final String SLIPPED = "#d64545";
    static final String AHEAD = "#13a37d";
    static final String DONE = "#13a37d";
    static final String COMPARED = "#8a94a6";
    static final String TODAY = "#bf8500";
    static final String TEXT = "#798497";
    static final String GRID = "#8a94a6";

    static final int LABEL_WIDTH = 260;
    static final int ROW_HEIGHT = 24;
    static final int MIN_WIDTH = 720;
    static final int RIGHT_PADDING = 12;

    private static final int PADDING = 8;
    private static final int TITLE_HEIGHT = 24;
    private static final int LEGEND_HEIGHT = 22;
    private static final int HEADER_HEIGHT = 22;
    private static final int FOOTER_HEIGHT = 20;
    /** What fits the label column at 11 px, with room for the ellipsis. */
    private static final int MAX_TITLE_CODE_POINTS = 38;
    /** An average glyph width at 11 px, to space the legend without measuring text. */
    private static final double CHAR_WIDTH = 6.2;
    private static final double BASELINE_HALF = 6;
    private static final double PLANNED_HALF = 4.5;
    private static final double DONE_RADIUS = 5;
    /** How far a dependency line keeps off the centre of the markers it joins. */
    private static final double MARKER_CLEARANCE = 7;

    private final List<TimelineRow> rows;
    private final LocalDate today;
    private final TimelineLabels labels;
    private final TimelineAxis axis;
    private final StringBuilder out;
    private final int width;
    private final int height;
    private final int headerTop;
    private final int rowsTop;
    private final int rowsBottom;

    private ScheduleTimeline(List<TimelineRow> rows, LocalDate today, TimelineZoom zoom, Locale locale,
            TimelineLabels labels, LocalDate windowFrom, LocalDate windowTo) {
        this.rows = rows;
        this.today = today;
        this.labels = labels;
        this.axis = TimelineAxis.covering(rows, today, zoom, locale, windowFrom, windowTo, LABEL_WIDTH,
                MIN_WIDTH - RIGHT_PADDING);
        this.width = (int) Math.ceil(axis.right() + RIGHT_PADDING);
        this.headerTop = PADDING + (labels.hasTitle() ? TITLE_HEIGHT : 0) + LEGEND_HEIGHT;
        this.rowsTop = headerTop + HEADER_HEIGHT;
        this.rowsBottom = rowsTop + Math.max(rows.size(), 1) * ROW_HEIGHT; // an empty plan still shows a row
        this.height = rowsBottom + FOOTER_HEIGHT;
        this.out = new StringBuilder(2048 + rows.size() * 700);
    }

    /**
     * Draws the timeline.
     *
     * @param rows   the milestones in the order to draw them, possibly none
     * @param today  where the today line goes; the axis always includes it
     * @param zoom   a tick per month or per quarter
     * @param locale formats the tick labels and the dates in the text alternative
     * @param labels the words on the timeline
     * @return the SVG, its text alternative and its size; the width grows with the time span (at least
     *         {@value #MIN_WIDTH}) and the height with the number of rows
     */
    public static TimelineImage render(List<TimelineRow> rows, LocalDate today, TimelineZoom zoom, Locale locale,
            TimelineLabels labels) {
        return render(rows, today, zoom, locale, labels, null, null);
    }

    /**
     * Draws the timeline within the window around a program's dates.
     *
     * @param windowFrom the program's start, or null: the window is then
     *                   {@value TimelineAxis#MAX_YEARS_FROM_TODAY} years either side of today
     * @param windowTo   the program's target end, or null (likewise)
     * @see #render(List, LocalDate, TimelineZoom, Locale, TimelineLabels)
     */
    public static TimelineImage render(List<TimelineRow> rows, LocalDate today, TimelineZoom zoom, Locale locale,
            TimelineLabels labels, LocalDate windowFrom, LocalDate windowTo) {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(zoom, "zoom");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(labels, "labels");
        List<TimelineRow> copy = List.copyOf(Objects.requireNonNull(rows, "rows"));
        String summary = summary(copy, locale, labels);
        ScheduleTimeline timeline = new ScheduleTimeline(copy, today, zoom, locale, labels, windowFrom, windowTo);
        String svg = timeline.draw(summary);
        return new TimelineImage(svg, summary, timeline.width, timeline.height, timeline.rowsTop, ROW_HEIGHT,
                timeline.axis.start(), timeline.axis.end(), timeline.axis.outsideCount(copy),
                (int) Math.round(timeline.axis.x(today)));
    }

    private String draw(String summary) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(summary))
                .append("\" font-family=\"sans-serif\" font-size=\"11\" fill=\"").append(TEXT).append("\">");
        if (labels.hasTitle()) {
            out.append("<title>").append(escape(labels.title().strip())).append("</title>");
        }
        out.append("<defs><marker id=\"arrow\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"6\"")
                .append(" markerHeight=\"6\" orient=\"auto\"><path d=\"M0 0L6 3L0 6z\" fill=\"").append(GRID)
                .append("\"/></marker></defs>");
        if (labels.hasTitle()) {
            out.append("<text data-kind=\"title\" x=\"").append(PADDING).append("\" y=\"").append(PADDING + 15)
                    .append("\" font-size=\"14\" font-weight=\"bold\">").append(escape(labels.title().strip()))
                    .append("</text>");
        }
        legend(headerTop - LEGEND_HEIGHT / 2.0);
        ticks();
        dependencies();
        for (int i = 0; i < rows.size(); i++) {
            row(i, rows.get(i));
        }
        todayLine();
        return out.append("</svg>").toString();
    }

    private void legend(double cy) {
        out.append("<g data-kind=\"legend\">");
        double x = PADDING;
        x = legendItem(x, cy, labels.baseline(), glyphX -> baselineDiamond(glyphX, cy));
        x = legendItem(x, cy, labels.planned(), glyphX -> plannedDiamond(glyphX, cy, PLANNED, false));
        x = legendItem(x, cy, labels.done(), glyphX -> doneMarker(glyphX, cy));
        if (labels.hasCompared()) {
            legendItem(x, cy, labels.compared(), glyphX -> comparedTick(glyphX, cy));
        }
        out.append("</g>");
    }

    /** Draws a glyph and its word from x on; returns where the next item starts. */
    private double legendItem(double x, double cy, String word, DoubleConsumer glyph) {
        double glyphX = x + BASELINE_HALF;
        glyph.accept(glyphX);
        double textX = glyphX + BASELINE_HALF + 5;
        out.append("<text x=\"").append(number(textX)).append("\" y=\"").append(number(cy + 4)).append("\">")
                .append(escape(word)).append("</text>");
        return textX + word.length() * CHAR_WIDTH + 16;
    }

    private void ticks() {
        for (LocalDate tick : axis.ticks()) {
            String x = number(axis.x(tick));
            out.append("<g data-kind=\"tick\" data-date=\"").append(tick).append("\"><line x1=\"").append(x)
                    .append("\" y1=\"").append(headerTop).append("\" x2=\"").append(x).append("\" y2=\"")
                    .append(rowsBottom).append("\" stroke=\"").append(GRID).append("\" stroke-opacity=\".3\"/>");
            if (tick.isBefore(axis.end())) { // the closing tick has no period to name
                out.append("<text x=\"").append(number(axis.x(tick) + 4)).append("\" y=\"")
                        .append(headerTop + 15).append("\">").append(escape(axis.label(tick))).append("</text>");
            }
            out.append("</g>");
        }
        out.append("<line x1=\"").append(LABEL_WIDTH).append("\" y1=\"").append(rowsTop).append("\" x2=\"")
                .append(number(axis.right())).append("\" y2=\"").append(rowsTop).append("\" stroke=\"")
                .append(GRID).append("\" stroke-opacity=\".5\"/>");
    }

    /** Under the rows, so that a line passing through other rows never hides their markers. */
    private void dependencies() {
        Map<Long, Integer> indexById = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            indexById.putIfAbsent(rows.get(i).id(), i);
        }
        out.append("<g data-kind=\"dependencies\" fill=\"none\" stroke=\"").append(GRID)
                .append("\" marker-end=\"url(#arrow)\">");
        for (int to = 0; to < rows.size(); to++) {
            TimelineRow dependent = rows.get(to);
            for (long id : new LinkedHashSet<>(dependent.dependsOn())) {
                Integer from = indexById.get(id);
                if (from != null && from != to) {
                    dependency(rows.get(from), from, dependent, to);
                }
            }
        }
        out.append("</g>");
    }

    /**
     * Leaves the predecessor's marker to the right and drops into the dependent's planned marker from above or
     * below: entering from the side would run along the dependent's slip bar and hide under it. A dependent
     * planned no later than its predecessor is reached through the gap between the rows instead.
     */
    private void dependency(TimelineRow predecessor, int from, TimelineRow dependent, int to) {
        double x1 = axis.x(predecessor.done() != null ? predecessor.done() : predecessor.planned());
        double x2 = axis.x(dependent.planned());
        double y1 = rowCentre(from);
        double y2 = rowCentre(to);
        double down = Math.signum(y2 - y1);
        out.append("<path data-kind=\"dependency\" data-from=\"").append(predecessor.id()).append("\" data-to=\"")
                .append(dependent.id()).append("\" d=\"M");
        if (x2 - x1 >= 2 * MARKER_CLEARANCE) {
            out.append(number(x1 + MARKER_CLEARANCE)).append(' ').append(number(y1));
        } else {
            out.append(number(x1)).append(' ').append(number(y1 + down * MARKER_CLEARANCE))
                    .append('V').append(number(y2 - down * ROW_HEIGHT / 2.0));
        }
        out.append('H').append(number(x2)).append('V').append(number(y2 - down * MARKER_CLEARANCE)).append("\"/>");
    }

    private void row(int index, TimelineRow row) {
        double cy = rowCentre(index);
        out.append("<g data-milestone=\"").append(row.id()).append('"');
        if (row.late()) {
            out.append(" data-late=\"true\"><rect data-kind=\"late\" x=\"0\" y=\"")
                    .append(number(cy - ROW_HEIGHT / 2.0)).append("\" width=\"").append(width)
                    .append("\" height=\"").append(ROW_HEIGHT).append("\" fill=\"").append(SLIPPED)
                    .append("\" fill-opacity=\".1\"/>");
        } else {
            out.append('>');
        }
        out.append("<text data-kind=\"label\" x=\"").append(PADDING).append("\" y=\"").append(number(cy + 4))
                .append("\">").append(escape(shortened(row.title()))).append("</text>");
        if (row.comparedBaseline() != null && axis.contains(row.comparedBaseline())) {
            comparedTick(axis.x(row.comparedBaseline()), cy);
        }
        if (!row.planned().equals(row.baseline())) {
            slipBar(row, cy);
        }
        if (axis.contains(row.baseline())) {
            baselineDiamond(axis.x(row.baseline()), cy);
        }
        if (axis.contains(row.planned())) {
            plannedDiamond(axis.x(row.planned()), cy, row.late() ? SLIPPED : PLANNED, row.done() != null);
        }
        if (row.done() != null && axis.contains(row.done())) {
            doneMarker(axis.x(row.done()), cy);
        }
        boolean before = Stream.of(row.baseline(), row.planned(), row.done(), row.comparedBaseline())
                .anyMatch(d -> d != null && d.isBefore(axis.start()));
        boolean after = Stream.of(row.baseline(), row.planned(), row.done(), row.comparedBaseline())
                .anyMatch(d -> d != null && d.isAfter(axis.end()));
        if (before) {
            edgeArrow(axis.x(axis.start()), cy, -1);
        }
        if (after) {
            edgeArrow(axis.x(axis.end()), cy, 1);
        }
        out.append("</g>");
    }

    /** A date beyond the window: an arrow on its edge pointing the way the date lies. */
    private void edgeArrow(double x, double cy, int direction) {
        double tip = x + direction * 2;
        double back = tip - direction * 9;
        out.append("<path data-kind=\"outside\" d=\"M").append(number(back)).append(' ').append(number(cy - 6))
                .append('L').append(number(tip)).append(' ').append(number(cy)).append('L').append(number(back))
                .append(' ').append(number(cy + 6)).append("z\" fill=\"").append(SLIPPED).append("\"/>");
    }

    private void slipBar(TimelineRow row, double cy) {
        boolean slipped = row.planned().isAfter(row.baseline());
        out.append("<line data-kind=\"").append(slipped ? "slip" : "ahead").append("\" x1=\"")
                .append(number(axis.x(row.baseline()))).append("\" y1=\"").append(number(cy)).append("\" x2=\"")
                .append(number(axis.x(row.planned()))).append("\" y2=\"").append(number(cy))
                .append("\" stroke=\"").append(slipped ? SLIPPED : AHEAD).append("\" stroke-width=\"3\"/>");
    }

    private void baselineDiamond(double x, double cy) {
        diamond("baseline", x, cy, BASELINE_HALF);
        out.append(" fill=\"none\" stroke=\"").append(PLANNED).append("\" stroke-width=\"1.5\"/>");
    }

    private void plannedDiamond(double x, double cy, String colour, boolean dimmed) {
        diamond("planned", x, cy, PLANNED_HALF);
        out.append(" fill=\"").append(colour).append('"');
        if (dimmed) { // once done, the done date is what counts
            out.append(" fill-opacity=\".35\"");
        }
        out.append("/>");
    }

    /** Opens a diamond's path; the caller adds the paint and closes the element. */
    private void diamond(String kind, double x, double cy, double half) {
        String h = number(half);
        out.append("<path data-kind=\"").append(kind).append("\" d=\"M")
                .append(number(x)).append(' ').append(number(cy - half)).append('l').append(h).append(' ')
                .append(h).append(" -").append(h).append(' ').append(h).append(" -").append(h).append(" -")
                .append(h).append("z\"");
    }

    /** A white check on a green disc: the check keeps it distinct from the planned marker in any theme. */
    private void doneMarker(double x, double cy) {
        out.append("<circle data-kind=\"done\" cx=\"").append(number(x)).append("\" cy=\"").append(number(cy))
                .append("\" r=\"").append(number(DONE_RADIUS)).append("\" fill=\"").append(DONE)
                .append("\"/><path d=\"M").append(number(x - 2.5)).append(' ').append(number(cy))
                .append("l1.8 1.8 3.2-3.6\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.5\"/>");
    }

    private void comparedTick(double x, double cy) {
        String xs = number(x);
        out.append("<line data-kind=\"compared\" x1=\"").append(xs).append("\" y1=\"").append(number(cy - 8))
                .append("\" x2=\"").append(xs).append("\" y2=\"").append(number(cy + 8)).append("\" stroke=\"")
                .append(COMPARED).append("\" stroke-width=\"2\"/>");
    }

    private void todayLine() {
        String x = number(axis.x(today));
        // from the rows down, so it never crosses a tick label; its own label goes below the rows
        out.append("<g data-kind=\"today\"><line x1=\"").append(x).append("\" y1=\"").append(rowsTop)
                .append("\" x2=\"").append(x).append("\" y2=\"").append(rowsBottom).append("\" stroke=\"")
                .append(TODAY).append("\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/><text x=\"").append(x)
                .append("\" y=\"").append(rowsBottom + 14).append("\" text-anchor=\"middle\" fill=\"")
                .append(TODAY).append("\">").append(escape(labels.today())).append("</text></g>");
    }

    private double rowCentre(int index) {
        return rowsTop + index * ROW_HEIGHT + ROW_HEIGHT / 2.0;
    }

    private static String summary(List<TimelineRow> rows, Locale locale, TimelineLabels labels) {
        if (rows.isEmpty()) {
            return labels.emptySummary();
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<LocalDate> current = rows.stream().map(r -> r.done() != null ? r.done() : r.planned()).toList();
        Object[] arguments = {
                rows.size(),
                dates.format(current.stream().min(Comparator.naturalOrder()).orElseThrow()),
                dates.format(current.stream().max(Comparator.naturalOrder()).orElseThrow()),
                rows.stream().filter(TimelineRow::late).count(),
                rows.stream().filter(r -> r.done() != null).count(),
                rows.stream().filter(r -> r.planned().isAfter(r.baseline())).count()};
        return new MessageFormat(labels.summaryPattern(), locale).format(arguments);
    }

    /** Collapses line breaks and runs of spaces, then cuts by code point so no surrogate pair is split. */
    private static String shortened(String title) {
        String text = title.strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= MAX_TITLE_CODE_POINTS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_TITLE_CODE_POINTS - 1)).stripTrailing() + "\u2026";
    }

    /**
     * Escapes text for an element or a double-quoted attribute. Characters XML 1.0 cannot carry at all, not
     * even as references (control characters, lone surrogates), become U+FFFD so the document stays well-formed.
     */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '\t', '\n', '\r' -> escaped.append(' '); // attribute normalisation would do the same
                default -> escaped.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** At most one decimal, no exponent and no locale: SVG wants plain numbers. */
    private static String number(double value) {
        return BigDecimal.valueOf(Math.round(value * 10), 1).stripTrailingZeros().toPlainString();
    }
}
