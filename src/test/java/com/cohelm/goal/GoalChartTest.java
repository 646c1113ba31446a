package com.cohelm.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import com.cohelm.goal.GoalChart.ChartLabels;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GoalChartTest {

    private static final Kpi YIELD = new Kpi("First-pass yield", "%", new BigDecimal("92"), new BigDecimal("98"),
            KpiDirection.UP, LocalDate.of(2026, 12, 31));
    private static final Kpi TEST_TIME = new Kpi("Test time", "s", new BigDecimal("120"), new BigDecimal("100"),
            KpiDirection.DOWN, LocalDate.of(2026, 12, 31));
    private static final ChartLabels LABELS = new ChartLabels("Yield", "Baseline", "Target", "Projection",
            "Measured");
    private static final List<MeasurementPoint> POINTS = List.of(
            point("2026-10-01", "94"),
            point("2026-08-01", "93"),
            point("2026-11-01", "95.2"),
            point("2026-12-01", "96.50"));
    private static final Optional<StatusSuggestion> SUGGESTION = Optional.of(
            new StatusSuggestion(GoalStatus.AT_RISK, new BigDecimal("97.8123")));

    /** A measurement marker: a filled shape in the measurements' colour. */
    private static final String MEASURED_MARKER = "fill:rgb(47,127,245);stroke:none";

    private static MeasurementPoint point(String date, String value) {
        return new MeasurementPoint(LocalDate.parse(date), new BigDecimal(value));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void isAStandaloneSvgOfTheAgreedSize() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS);
        assertThat(svg).startsWith("<svg").endsWith("</svg>")
                .contains("xmlns='http://www.w3.org/2000/svg'")
                .contains("width='720.0'", "height='320.0'", "viewBox='0.0 0.0 720.0 320.0'");
    }

    @Test
    void drawsTheMeasurementsAsALineWithAMarkerEach() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS);
        assertThat(svg).containsAnyOf("<path", "<polyline", "<line");
        assertThat(svg).contains("stroke:rgb(47,127,245)");
        assertThat(count(svg, MEASURED_MARKER)).isGreaterThanOrEqualTo(POINTS.size());
    }

    @Test
    void labelsTheBaselineTargetProjectionAndMeasurements() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS);
        assertThat(svg).contains(">Yield<", ">Measured<", "Baseline 92 %", "Target 98 % \u00b7 Dec 31, 2026",
                "Projection 97.81 %");
        assertThat(svg).contains("rgb(19,163,125)", "rgb(138,148,166)", "rgb(191,133,0)");
    }

    @Test
    void formatsDatesAndNumbersWithTheLocale() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.GERMANY,
                new ChartLabels("Ausbeute", "Ausgangswert", "Ziel", "Prognose", "Gemessen"));
        assertThat(svg).contains("Ziel 98 % \u00b7 31.12.2026", "Prognose 97,81 %", "Ausgangswert 92 %",
                ">Gemessen<");
    }

    @Test
    void hasNoBackgroundFill() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS);
        assertThat(svg.toLowerCase(Locale.ROOT)).doesNotContain("rgb(255,255,255)", "rgb(255, 255, 255)",
                "white", "#ffffff", "#fff'");
        Matcher rects = Pattern.compile("<rect[^>]*>").matcher(svg);
        while (rects.find()) {
            String rect = rects.group();
            assertThat(rect).as("every rectangle is transparent").containsPattern("fill-opacity:\\s*0(\\.0)?\\b");
        }
    }

    @Test
    void omitsTheProjectionWithoutASuggestion() {
        String svg = GoalChart.svg(YIELD, POINTS, Optional.empty(), Locale.ENGLISH, LABELS);
        assertThat(svg).contains("Baseline 92 %", "Target 98 %").doesNotContain("Projection", "rgb(191,133,0)");
    }

    @Test
    void drawsWithoutMeasurements() {
        String svg = GoalChart.svg(YIELD, List.of(), Optional.empty(), Locale.ENGLISH, LABELS);
        assertThat(svg).startsWith("<svg").contains("Target 98 %", "Baseline 92 %");
        assertThat(count(svg, MEASURED_MARKER)).as("the legend's marker only").isLessThanOrEqualTo(1);
    }

    @Test
    void drawsWithOneMeasurement() {
        String svg = GoalChart.svg(YIELD, List.of(point("2026-10-01", "94")), Optional.empty(), Locale.ENGLISH,
                LABELS);
        assertThat(svg).startsWith("<svg").contains("Target 98 %");
        assertThat(count(svg, MEASURED_MARKER)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void drawsUnusualCasesWithoutThrowing() {
        assertThatNoException().isThrownBy(() -> {
            // a projection without measurements, and measurements after a past target date
            GoalChart.svg(YIELD, List.of(), SUGGESTION, Locale.ENGLISH, LABELS);
            GoalChart.svg(YIELD, List.of(point("2027-02-01", "95"), point("2027-03-01", "96"),
                    point("2027-03-01", "96.5")), SUGGESTION, Locale.FRANCE, LABELS);
            // all values equal, no title, no unit
            GoalChart.svg(new Kpi("Defects", "", new BigDecimal("5"), new BigDecimal("5"), KpiDirection.DOWN,
                    LocalDate.of(2026, 12, 31)), List.of(point("2026-10-01", "5")), Optional.empty(), Locale.ROOT,
                    new ChartLabels(null, "Baseline", "Target", "Projection", "Measured"));
        });
    }

    @Test
    void drawsADownKpi() {
        String svg = GoalChart.svg(TEST_TIME, List.of(point("2026-04-01", "121"), point("2026-06-01", "116"),
                point("2026-08-01", "113")), Optional.of(new StatusSuggestion(GoalStatus.OFF_TRACK,
                        new BigDecimal("104.5"))), Locale.ENGLISH, LABELS);
        assertThat(svg).contains("Baseline 120 s", "Target 100 s", "Projection 104.5 s");
    }

    @Test
    void escapesTheLabels() {
        String svg = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH,
                new ChartLabels("R&D <yield>", "Baseline", "Target", "Projection", "Measured"));
        assertThat(svg).contains("R&amp;D &lt;yield&gt;").doesNotContain("<yield>");
    }

    @Test
    void textAlternativeNamesTheLatestValueTheTargetAndTheProjection() {
        String text = GoalChart.textAlternative(YIELD, POINTS, SUGGESTION, LABELS);
        assertThat(text).isEqualTo("Yield: Measured: 93 % (2026-08-01) \u2026 96.5 % (2026-12-01); Baseline 92 %; "
                + "Target 98 % (2026-12-31); Projection 97.81 %.");
    }

    @Test
    void textAlternativeWithFewOrNoMeasurements() {
        ChartLabels untitled = new ChartLabels(" ", "Baseline", "Target", "Projection", "Measured");
        assertThat(GoalChart.textAlternative(YIELD, List.of(), Optional.empty(), untitled))
                .isEqualTo("Baseline 92 %; Target 98 % (2026-12-31).");
        assertThat(GoalChart.textAlternative(YIELD, List.of(point("2026-10-01", "94.0")), Optional.empty(),
                untitled)).isEqualTo("Measured: 94 % (2026-10-01); Baseline 92 %; Target 98 % (2026-12-31).");
        assertThat(GoalChart.textAlternative(YIELD, List.of(point("2026-11-01", "95"), point("2026-10-01", "94")),
                Optional.empty(), untitled))
                .isEqualTo("Measured: 94 % (2026-10-01), 95 % (2026-11-01); Baseline 92 %; Target 98 % (2026-12-31).");
    }

    @Test
    void textAlternativeKeepsNumbersPlain() {
        Kpi big = new Kpi("Units", null, new BigDecimal("1E+3"), new BigDecimal("12000.00"), KpiDirection.UP,
                LocalDate.of(2026, 12, 31));
        assertThat(GoalChart.textAlternative(big, List.of(), Optional.empty(), LABELS))
                .isEqualTo("Yield: Baseline 1000; Target 12000 (2026-12-31).");
    }

    /** Present mode: the labels a page draws at 11-12 px are drawn 1.7 times larger for the meeting room. */
    @Test
    void aChartForTheMeetingRoomDrawsItsLabelsLarger() {
        var page = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS);
        var room = GoalChart.svg(YIELD, POINTS, SUGGESTION, Locale.ENGLISH, LABELS, com.cohelm.base.chart.ChartLook.ROOM);
        assertThat(smallestFont(page)).isLessThan(12);
        assertThat(smallestFont(room)).isGreaterThanOrEqualTo(18);
    }

    private static double smallestFont(String svg) {
        var sizes = java.util.regex.Pattern.compile("font-size:\\s*([0-9.]+)px").matcher(svg).results()
                .mapToDouble(m -> Double.parseDouble(m.group(1))).toArray();
        assertThat(sizes).as("the SVG names its font sizes").isNotEmpty();
        return java.util.Arrays.stream(sizes).min().orElseThrow();
    }
}
