package com.cohelm.health;

import com.cohelm.base.chart.ChartLook;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a health trend as an SVG chart, the way the goal charts are drawn (JFreeChart into JFreeSVG, no
 * background, mid-tone colours that read on the light and the dark theme): the score per week and each
 * side's own score, over the bands at risk, watch and healthy. No Spring, no I/O.
 */
public final class HealthChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 280;

    /** The score is both sides' together; each side's own score is drawn in that side's one colour. */
    static final Color SCORE = ChartLook.JOINT;
    static final Color SUPPLIER = ChartLook.SUPPLIER;
    static final Color CUSTOMER = ChartLook.CUSTOMER;
    static final Color RISK_BAND = new Color(0xd9, 0x3f, 0x3f, 0x14);
    static final Color WATCH_BAND = new Color(0xbf, 0x85, 0x00, 0x14);

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    /** The words on the chart, already translated by the caller. */
    public record ChartLabels(String score, String supplier, String customer) {

        public ChartLabels {
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(supplier, "supplier");
            Objects.requireNonNull(customer, "customer");
        }
    }

    private HealthChart() {
    }

    /** A standalone {@code <svg>} of {@value #WIDTH} by {@value #HEIGHT} with a view box. */
    public static String svg(List<TrendPoint> trend, Locale locale, ChartLabels labels) {
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(labels, "labels");
        var plot = ChartLook.plot();
        plot.addRangeMarker(new IntervalMarker(0, HealthBand.WATCH_FROM, RISK_BAND));
        plot.addRangeMarker(new IntervalMarker(HealthBand.WATCH_FROM, HealthBand.HEALTHY_FROM, WATCH_BAND));

        var dataset = new XYSeriesCollection();
        dataset.addSeries(series(labels.score(), trend, TrendPoint::score));
        dataset.addSeries(series(labels.supplier(), trend, TrendPoint::supplierScore));
        dataset.addSeries(series(labels.customer(), trend, TrendPoint::customerScore));
        plot.setDataset(dataset);
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, SCORE);
        renderer.setSeriesPaint(1, SUPPLIER);
        renderer.setSeriesPaint(2, CUSTOMER);
        renderer.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesStroke(1, ChartLook.dashed(2f));
        renderer.setSeriesStroke(2, ChartLook.dashed(2f));
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        plot.setRenderer(renderer);

        var dates = DateFormat.getDateInstance(DateFormat.MEDIUM, locale);
        dates.setTimeZone(UTC);
        var dateAxis = new WeekAxis(trend.stream().map(point -> millis(point.weekStart())).toList(), locale);
        dateAxis.setDateFormatOverride(dates);
        ChartLook.style(dateAxis);
        if (!trend.isEmpty()) {
            var first = millis(trend.getFirst().weekStart());
            var last = millis(trend.getLast().weekStart());
            var pad = Math.max(86_400_000L * 3, (last - first) / 20);
            dateAxis.setRange(first - pad, last + pad);
        }
        plot.setDomainAxis(dateAxis);
        var valueAxis = new NumberAxis();
        valueAxis.setRange(0, 100);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        ChartLook.style(valueAxis);
        plot.setRangeAxis(valueAxis);

        return ChartLook.svg(ChartLook.chart(plot), WIDTH, HEIGHT);
    }

    /**
     * The chart in one sentence, for the image's text alternative: the first and the latest weekly score of
     * each line, with ISO dates so that the only words are the caller's.
     */
    public static String textAlternative(List<TrendPoint> trend, ChartLabels labels) {
        var parts = new ArrayList<String>();
        line(parts, labels.score(), trend, TrendPoint::score);
        line(parts, labels.supplier(), trend, TrendPoint::supplierScore);
        line(parts, labels.customer(), trend, TrendPoint::customerScore);
        return parts.isEmpty() ? "–" : String.join("; ", parts) + ".";
    }

    private static void line(List<String> parts, String label, List<TrendPoint> trend,
            Function<TrendPoint, Integer> value) {
        var present = trend.stream().filter(p -> value.apply(p) != null).toList();
        if (present.isEmpty()) {
            return;
        }
        var first = present.getFirst();
        var last = present.getLast();
        var text = label + ": " + value.apply(first) + " (" + first.weekStart() + ")";
        if (present.size() > 1) {
            text += " \u2192 " + value.apply(last) + " (" + last.weekStart() + ")";
        }
        parts.add(text);
    }

    private static XYSeries series(String label, List<TrendPoint> trend, Function<TrendPoint, Integer> value) {
        var series = new XYSeries(label, false, true);
        trend.forEach(p -> series.add(millis(p.weekStart()), value.apply(p)));
        return series;
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * Labels on the snapshot weeks themselves (every few, the latest always), so each label sits under its
     * point: a plain date axis puts its ticks on calendar multiples that fall between the weeks.
     */
    private static final class WeekAxis extends DateAxis {

        private static final int MOST_LABELS = 6;
        private final List<Long> weeks;

        WeekAxis(List<Long> weeks, Locale locale) {
            super(null, UTC, locale);
            this.weeks = List.copyOf(weeks);
        }

        @Override
        protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
            if (weeks.isEmpty()) {
                return super.refreshTicksHorizontal(g2, dataArea, edge);
            }
            var step = Math.max(1, (weeks.size() + MOST_LABELS - 1) / MOST_LABELS);
            var ticks = new ArrayList<DateTick>();
            for (int i = weeks.size() - 1; i >= 0; i -= step) {
                var date = new Date(weeks.get(i));
                ticks.addFirst(new DateTick(date, getDateFormatOverride().format(date), TextAnchor.TOP_CENTER,
                        TextAnchor.CENTER, 0.0));
            }
            return ticks;
        }
    }
}
