package com.cohelm.goal;

import com.cohelm.base.chart.ChartLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a goal's KPI as an SVG chart: the measurements over time, the baseline and the target, the target
 * date and, when there is a suggestion, the projection to the target date. No Spring, no I/O.
 *
 * <p>The chart has no background, and its colours are mid-tones that read on a white page and on a dark
 * slate one alike, so the same SVG serves the light and the dark theme.
 */
public final class GoalChart {

    /** The size of the SVG in pixels; the SVG carries a view box, so it scales to its container. */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 320;

    static final Color MEASURED = new Color(0x2f7ff5);
    static final Color TARGET = new Color(0x13a37d);
    static final Color BASELINE = new Color(0x8a94a6);
    static final Color PROJECTION = new Color(0xbf8500);

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    private static final int CHART_DECIMALS = 2;
    /** The plot's width without the value axis; close enough to place a label beside a line. */
    private static final double APPROXIMATE_PLOT_WIDTH = WIDTH - 90;

    /**
     * The words on the chart, already translated by the caller.
     *
     * @param title      the chart's title, or null or blank for none
     * @param baseline   the word for the baseline, e.g. "Baseline"
     * @param target     the word for the target, e.g. "Target"
     * @param projection the word for the projection, e.g. "Projection"
     * @param measured   the word for the measured values, e.g. "Measured"
     */
    public record ChartLabels(String title, String baseline, String target, String projection, String measured) {

        public ChartLabels {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(projection, "projection");
            Objects.requireNonNull(measured, "measured");
        }
    }

    private GoalChart() {
    }

    /**
     * Draws the chart.
     *
     * @param kpi          what the goal measures
     * @param measurements the measured values in any order, possibly none
     * @param suggestion   the suggestion from {@link StatusSuggester}; its projection is drawn when present
     * @param locale       formats the dates and numbers
     * @param labels       the words on the chart
     * @return a standalone {@code <svg>} element, {@value #WIDTH} by {@value #HEIGHT}, with a view box
     */
    public static String svg(Kpi kpi, List<MeasurementPoint> measurements, Optional<StatusSuggestion> suggestion,
            Locale locale, ChartLabels labels) {
        return svg(kpi, measurements, suggestion, locale, labels, ChartLook.PAGE);
    }

    /**
     * {@link #svg(Kpi, List, Optional, Locale, ChartLabels)} with its text scaled: {@link ChartLook#ROOM} for a
     * meeting room's screen, where the page's 11 px labels cannot be read from the back of the room.
     */
    public static String svg(Kpi kpi, List<MeasurementPoint> measurements, Optional<StatusSuggestion> suggestion,
            Locale locale, ChartLabels labels, double textScale) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(labels, "labels");
        List<MeasurementPoint> sorted = sortedByDate(measurements);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(CHART_DECIMALS);
        DateFormat dates = DateFormat.getDateInstance(DateFormat.MEDIUM, locale);
        dates.setTimeZone(UTC);
        String unit = unitSuffix(kpi);

        XYPlot plot = ChartLook.plot();

        XYSeries measured = new XYSeries(labels.measured(), false, true);
        sorted.forEach(p -> measured.add(millis(p.date()), p.value().doubleValue()));
        plot.setDataset(0, new XYSeriesCollection(measured));
        XYLineAndShapeRenderer measuredRenderer = new XYLineAndShapeRenderer(true, true);
        measuredRenderer.setSeriesPaint(0, MEASURED);
        var weight = (float) Math.sqrt(textScale); // lines and points grow with the text, more gently
        measuredRenderer.setSeriesStroke(0, new BasicStroke(2.5f * weight, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        measuredRenderer.setSeriesShape(0, new Ellipse2D.Double(-4 * weight, -4 * weight, 8 * weight, 8 * weight));
        plot.setRenderer(0, measuredRenderer);

        suggestion.ifPresent(s -> {
            XYSeries projection = new XYSeries(labels.projection() + " " + numbers.format(s.projectedValue()) + unit,
                    false, true);
            if (!sorted.isEmpty() && sorted.getLast().date().isBefore(kpi.targetDate())) {
                MeasurementPoint last = sorted.getLast();
                projection.add(millis(last.date()), last.value().doubleValue());
            }
            projection.add(millis(kpi.targetDate()), s.projectedValue().doubleValue());
            plot.setDataset(1, new XYSeriesCollection(projection));
            XYLineAndShapeRenderer projectionRenderer = new XYLineAndShapeRenderer(true, true) {
                @Override
                public boolean getItemShapeVisible(int series, int item) {
                    return item == projection.getItemCount() - 1; // the end point only
                }
            };
            projectionRenderer.setSeriesPaint(0, PROJECTION);
            projectionRenderer.setSeriesStroke(0, ChartLook.dashed(2.5f * weight));
            projectionRenderer.setSeriesShape(0, diamond(6 * weight));
            plot.setRenderer(1, projectionRenderer);
        });

        DateAxis dateAxis = new DateAxis(null, UTC, locale);
        dateAxis.setDateFormatOverride(dates);
        dateAxis.setLowerMargin(0);
        dateAxis.setUpperMargin(0);
        ChartLook.style(dateAxis, textScale);
        setDateRange(dateAxis, sorted, kpi);
        plot.setDomainAxis(dateAxis);

        String metric = kpi.metric() == null ? "" : kpi.metric();
        NumberAxis valueAxis = new NumberAxis(unit.isEmpty() ? metric : metric + " (" + kpi.unit().strip() + ")");
        valueAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        valueAxis.setAutoRangeIncludesZero(false);
        ChartLook.style(valueAxis, textScale);
        setValueRange(valueAxis, sorted, kpi, suggestion);
        plot.setRangeAxis(valueAxis);

        // the baseline's label ends just before the target date's line, which is near the right edge
        double rightOfTargetDate = (dateAxis.getUpperBound() - millis(kpi.targetDate())) / dateAxis.getRange().getLength();
        double baselineLabelGap = rightOfTargetDate < 0.5 ? rightOfTargetDate * APPROXIMATE_PLOT_WIDTH + 6 : 6;
        plot.addRangeMarker(horizontal(kpi.baseline(), BASELINE,
                labels.baseline() + " " + numbers.format(kpi.baseline()) + unit, false, baselineLabelGap, textScale));
        plot.addRangeMarker(horizontal(kpi.target(), TARGET,
                labels.target() + " " + numbers.format(kpi.target()) + unit + " \u00b7 "
                        + dates.format(new Date(millis(kpi.targetDate()))),
                true, 6, textScale));
        ValueMarker targetDate = new ValueMarker(millis(kpi.targetDate()), TARGET, ChartLook.dashed(1.5f));
        plot.addDomainMarker(targetDate);

        JFreeChart chart = ChartLook.chart(plot, textScale);
        if (labels.title() != null && !labels.title().isBlank()) {
            TextTitle title = new TextTitle(labels.title(), ChartLook.font(Font.BOLD, 15, textScale));
            title.setPaint(ChartLook.TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(2, 8, 6, 2));
            chart.setTitle(title);
        }
        return ChartLook.svg(chart, WIDTH, HEIGHT);
    }

    /** The chart of one goal as its page and a review show it: its measurements in date order. */
    public static String svg(GoalDetails goal, Locale locale, ChartLabels labels) {
        var summary = goal.summary();
        return svg(summary.kpi(), points(goal), summary.suggestion(), locale, labels);
    }

    /** The text alternative of {@link #svg(GoalDetails, Locale, ChartLabels)}. */
    public static String textAlternative(GoalDetails goal, ChartLabels labels) {
        var summary = goal.summary();
        return textAlternative(summary.kpi(), points(goal), summary.suggestion(), labels);
    }

    private static List<MeasurementPoint> points(GoalDetails goal) {
        // the details list the newest first: reversed, a day's measurements keep the order they were entered in
        return goal.measurements().reversed().stream().map(m -> new MeasurementPoint(m.date(), m.value()))
                .sorted(Comparator.comparing(MeasurementPoint::date)).toList();
    }

    /**
     * A one-sentence plain-text description of the chart, for an {@code aria-label}: the measurements (first and
     * latest), the baseline, the target and its date, and the projection (2 decimals). Numbers are plain (a dot
     * for decimals) and dates are ISO, so that the only words are the caller's labels.
     */
    public static String textAlternative(Kpi kpi, List<MeasurementPoint> measurements,
            Optional<StatusSuggestion> suggestion, ChartLabels labels) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(suggestion, "suggestion");
        Objects.requireNonNull(labels, "labels");
        List<MeasurementPoint> sorted = sortedByDate(measurements);
        String unit = unitSuffix(kpi);
        List<String> parts = new ArrayList<>();
        if (!sorted.isEmpty()) {
            MeasurementPoint first = sorted.getFirst();
            MeasurementPoint latest = sorted.getLast();
            String values = plain(first.value()) + unit + " (" + first.date() + ")";
            if (sorted.size() > 1) {
                values += (sorted.size() > 2 ? " \u2026 " : ", ") + plain(latest.value()) + unit + " ("
                        + latest.date() + ")";
            }
            parts.add(labels.measured() + ": " + values);
        }
        parts.add(labels.baseline() + " " + plain(kpi.baseline()) + unit);
        parts.add(labels.target() + " " + plain(kpi.target()) + unit + " (" + kpi.targetDate() + ")");
        suggestion.ifPresent(s -> parts.add(labels.projection() + " "
                + plain(s.projectedValue().setScale(CHART_DECIMALS, RoundingMode.HALF_UP)) + unit));
        String text = String.join("; ", parts) + ".";
        return labels.title() == null || labels.title().isBlank() ? text : labels.title().strip() + ": " + text;
    }

    private static List<MeasurementPoint> sortedByDate(List<MeasurementPoint> measurements) {
        List<MeasurementPoint> sorted = new ArrayList<>(Objects.requireNonNull(measurements, "measurements"));
        sorted.sort(Comparator.comparing(MeasurementPoint::date)); // stable: ties keep list order
        return sorted;
    }

    private static String unitSuffix(Kpi kpi) {
        return kpi.unit() == null || kpi.unit().isBlank() ? "" : " " + kpi.unit().strip();
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static Shape diamond(double half) {
        Path2D.Double diamond = new Path2D.Double();
        diamond.moveTo(0, -half);
        diamond.lineTo(half, 0);
        diamond.lineTo(0, half);
        diamond.lineTo(-half, 0);
        diamond.closePath();
        return diamond;
    }

    /**
     * A dashed horizontal line with its label above it: the target's label at the left, the baseline's at the
     * right, where the measurements (which start near the baseline and head for the target) usually leave room.
     */
    private static ValueMarker horizontal(BigDecimal value, Color colour, String label, boolean left, double gap,
            double textScale) {
        Stroke stroke = ChartLook.dashed(1.5f);
        ValueMarker marker = new ValueMarker(value.doubleValue(), colour, stroke);
        marker.setLabel(label);
        marker.setLabelFont(ChartLook.font(Font.PLAIN, 12, textScale));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelOffset(new RectangleInsets(3, left ? gap : 6, 3, left ? 6 : gap));
        marker.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(left ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private static void setDateRange(DateAxis axis, List<MeasurementPoint> sorted, Kpi kpi) {
        LocalDate from = sorted.isEmpty() ? kpi.targetDate() : sorted.getFirst().date();
        LocalDate to = sorted.isEmpty() ? kpi.targetDate() : sorted.getLast().date();
        if (kpi.targetDate().isBefore(from)) {
            from = kpi.targetDate();
        }
        if (kpi.targetDate().isAfter(to)) {
            to = kpi.targetDate();
        }
        if (!from.isBefore(to)) {
            from = to.minusDays(30);
        }
        long span = millis(to) - millis(from);
        long pad = Math.max(span / 25, 86_400_000L);
        axis.setRange(millis(from) - pad, millis(to) + pad);
    }

    private static void setValueRange(NumberAxis axis, List<MeasurementPoint> sorted, Kpi kpi,
            Optional<StatusSuggestion> suggestion) {
        double low = Math.min(kpi.baseline().doubleValue(), kpi.target().doubleValue());
        double high = Math.max(kpi.baseline().doubleValue(), kpi.target().doubleValue());
        List<Double> values = new ArrayList<>();
        sorted.forEach(p -> values.add(p.value().doubleValue()));
        suggestion.ifPresent(s -> values.add(s.projectedValue().doubleValue()));
        for (double value : values) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        double span = high - low;
        if (span == 0) {
            span = Math.max(Math.abs(high) * 0.1, 1);
        }
        double pad = span * 0.18;
        axis.setRange(low - pad, high + pad);
    }
}
