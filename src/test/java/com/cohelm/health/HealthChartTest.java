package com.cohelm.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HealthChartTest {

    private static final HealthChart.ChartLabels LABELS = new HealthChart.ChartLabels("Health", "Supplier side",
            "Customer side");

    @Test
    void drawsAStandaloneSvgWithTheLegend() {
        var trend = List.of(new TrendPoint(LocalDate.parse("2026-11-02"), 60, 70, 50),
                new TrendPoint(LocalDate.parse("2026-11-09"), null, null, null),
                new TrendPoint(LocalDate.parse("2026-11-16"), 72, 75, 69));
        var svg = HealthChart.svg(trend, Locale.ENGLISH, LABELS);
        assertThat(svg).startsWith("<svg").contains("viewBox='0.0 0.0 720.0 280.0'").contains("Supplier side");
        assertThat(HealthChart.textAlternative(trend, LABELS)).isEqualTo(
                "Health: 60 (2026-11-02) \u2192 72 (2026-11-16); Supplier side: 70 (2026-11-02) \u2192 75 (2026-11-16);"
                        + " Customer side: 50 (2026-11-02) \u2192 69 (2026-11-16).");
    }

    @Test
    void eachDateLabelIsASnapshotWeekUnderItsPoint() {
        var trend = new java.util.ArrayList<TrendPoint>();
        for (int week = 0; week < 12; week++) {
            trend.add(new TrendPoint(LocalDate.parse("2026-09-07").plusWeeks(week), 60 + week, 60, 60));
        }
        var svg = HealthChart.svg(trend, Locale.ENGLISH, LABELS);
        // 12 weeks, at most 6 labels: every second week, counted back from the latest
        assertThat(svg).contains(">Nov 23, 2026<", ">Nov 9, 2026<", ">Sep 14, 2026<")
                .doesNotContain(">Nov 16, 2026<", ">Sep 7, 2026<", ">Nov 25, 2026<");
    }

    @Test
    void anEmptyTrendStillDraws() {
        assertThat(HealthChart.svg(List.of(), Locale.FRENCH, LABELS)).startsWith("<svg");
        assertThat(HealthChart.textAlternative(List.of(), LABELS)).isEqualTo("–");
    }
}
