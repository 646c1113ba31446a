package com.cohelm.health.ui;

import com.cohelm.health.HealthBand;
import com.cohelm.health.HealthChart;
import com.cohelm.health.Trend;
import com.cohelm.health.TrendPoint;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;

/** The pieces the health pages share: a score in its band's colour, a trend arrow, the trend chart. */
final class HealthWidgets {

    private HealthWidgets() {
    }

    /** The score as a badge coloured by its band, "no data" without one. */
    static Badge score(Component owner, Integer score) {
        var band = HealthBand.of(score);
        var badge = new Badge(score == null ? owner.getTranslation("health.no-data") : String.valueOf(score));
        switch (band) {
            case HEALTHY -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case WATCH -> badge.addThemeVariants(BadgeVariant.WARNING);
            case AT_RISK -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NO_DATA -> badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        badge.addClassName("health-score");
        badge.getElement().setAttribute("title", owner.getTranslation("health.band." + band.name()));
        return badge;
    }

    static Badge score(Component owner, OptionalInt score) {
        return score(owner, score.isPresent() ? score.getAsInt() : null);
    }

    /** An arrow for the change since last week, with the change in words for screen readers. */
    static Component trend(Component owner, Trend trend, Integer previous, Integer current) {
        var icon = switch (trend) {
            case UP -> VaadinIcon.ARROW_UP.create();
            case DOWN -> VaadinIcon.ARROW_DOWN.create();
            case STEADY -> VaadinIcon.ARROW_RIGHT.create();
            case UNKNOWN -> VaadinIcon.MINUS.create();
        };
        icon.addClassName("trend-" + trend.name().toLowerCase(java.util.Locale.ROOT));
        var text = trend == Trend.UNKNOWN ? owner.getTranslation("health.trend.UNKNOWN")
                : owner.getTranslation("health.trend." + trend.name(), previous, current);
        icon.getElement().setAttribute("aria-label", text);
        icon.setTooltipText(text);
        var wrapper = new Span(icon);
        wrapper.addClassName("health-trend");
        return wrapper;
    }

    /** The weekly trend as a picture (an {@code <img>}: nothing in the SVG can run in the page). */
    static Component chart(Component owner, java.util.Locale locale, List<TrendPoint> trend, String name) {
        var labels = new HealthChart.ChartLabels(owner.getTranslation("health.chart.score"),
                owner.getTranslation("health.chart.supplier"), owner.getTranslation("health.chart.customer"));
        var svg = HealthChart.svg(trend, locale, labels).getBytes(StandardCharsets.UTF_8);
        var alternative = HealthChart.textAlternative(trend, labels);
        var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(svg), name + ".svg", "image/svg+xml", svg.length)), alternative);
        image.addClassName("health-chart");
        return image;
    }
}
