package com.cohelm.schedule.ui;

import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.schedule.BaselineVersion;
import com.cohelm.schedule.ScheduleTimeline;
import com.cohelm.schedule.ScheduleTimelineData;
import com.cohelm.schedule.TimelineImage;
import com.cohelm.schedule.TimelineLabels;
import com.cohelm.schedule.TimelineRow;
import com.cohelm.schedule.TimelineZoom;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The schedule as a timeline: the zoom and the baseline to compare with, the server-drawn picture in a scroller
 * that opens on today, a link over each drawn row, and the picture's text alternative as its caption. The page
 * gives it the data and decides what a changed zoom or comparison does to the address.
 */
final class TimelinePanel extends Div {

    private final long programId;

    TimelinePanel(long programId, ScheduleTimelineData data, TimelineZoom zoom,
            SerializableConsumer<TimelineZoom> zoomTo, SerializableConsumer<Integer> compareWith) {
        this.programId = programId;
        var zoomSelect = new Select<TimelineZoom>();
        zoomSelect.setLabel(getTranslation("timeline.zoom"));
        zoomSelect.setItems(TimelineZoom.values());
        zoomSelect.setItemLabelGenerator(z -> getTranslation("timeline.zoom." + z.name()));
        zoomSelect.setValue(zoom);
        zoomSelect.addValueChangeListener(e -> zoomTo.accept(e.getValue()));
        var compareSelect = new Select<Integer>();
        FilterSelects.anyOf(compareSelect, getTranslation("timeline.compare"),
                data.baselines().stream().map(BaselineVersion::number).toList(), getTranslation("timeline.compare.none"),
                n -> "B" + n);
        compareSelect.setValue(data.comparedBaseline());
        compareSelect.addValueChangeListener(e -> compareWith.accept(e.getValue()));
        var controls = new Div(zoomSelect, compareSelect);
        controls.addClassName("timeline-controls");

        var labels = new TimelineLabels(null, getTranslation("timeline.today"), getTranslation("milestone.baseline"),
                getTranslation("milestone.planned"), getTranslation("milestone.done"),
                data.comparedBaseline() == null ? null : getTranslation("timeline.compared", "B" + data.comparedBaseline()),
                getTranslation("timeline.summary"), getTranslation("timeline.summary.empty"));
        var drawing = ScheduleTimeline.render(data.rows(), data.today(), zoom, getLocale(), labels,
                data.programStart(), data.programEnd());
        var svg = drawing.svg().getBytes(StandardCharsets.UTF_8);
        // An <img>: the SVG is shown as a picture, so nothing in it can run in the page.
        var image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(svg), "schedule-" + programId + ".svg", "image/svg+xml",
                svg.length)), drawing.textAlternative());
        image.addClassName("schedule-timeline");
        image.setWidth(drawing.width() + "px");
        var canvas = new Div(image, rowLinks(data.rows(), drawing));
        canvas.addClassName("timeline-canvas");
        canvas.setWidth(drawing.width() + "px");
        canvas.setHeight(drawing.height() + "px");
        var scroller = new Div(canvas);
        scroller.addClassName("timeline-scroller");
        // Scrollable by keyboard too; it opens with today in view.
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("schedule.tab.timeline"));
        scroller.getElement().executeJs("this.scrollLeft = Math.max(0, $0 - this.clientWidth / 2)", drawing.todayX());
        var caption = new Paragraph(drawing.textAlternative());
        caption.addClassName("timeline-caption");
        add(controls);
        if (drawing.width() > 1000) {
            var hint = new Paragraph(getTranslation("timeline.scroll", Formats.date(drawing.from(), getLocale()),
                    Formats.date(drawing.to(), getLocale())));
            hint.addClassName("timeline-scroll-hint");
            add(hint);
        }
        if (drawing.outside() > 0) {
            var outside = new Paragraph(getTranslation("timeline.outside", drawing.outside(),
                    Formats.date(drawing.from(), getLocale()), Formats.date(drawing.to(), getLocale())));
            outside.addClassName("timeline-outside");
            add(outside);
        }
        add(scroller, caption);
        addClassName("timeline");
    }

    /**
     * A real link over each drawn row (the drawing is a picture): it opens the milestone, is reached with the
     * keyboard in the drawing's order, and names the milestone and its dates for screen readers.
     */
    private Component rowLinks(List<TimelineRow> rows, TimelineImage drawing) {
        var links = new Nav();
        links.addClassName("timeline-links");
        links.getElement().setAttribute("aria-label", getTranslation("timeline.rows"));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var link = new Anchor(Routes.address(MilestoneView.class, programId, row.id()));
            var words = getTranslation("timeline.row-link", row.title(),
                    Formats.date(row.baseline(), getLocale()), Formats.date(row.planned(), getLocale()));
            if (row.late()) { // late and slipped are both said, as on every other view of a milestone
                words += " · " + getTranslation("milestone.status.LATE");
            }
            if (row.done() == null && row.planned().isAfter(row.baseline())) {
                words += " · " + getTranslation("milestone.slipped.badge",
                        ChronoUnit.DAYS.between(row.baseline(), row.planned()));
            }
            var name = new Span(words);
            name.addClassName("visually-hidden");
            link.add(name);
            link.addClassName("timeline-row-link");
            link.getElement().setAttribute("title", row.title());
            link.getStyle().set("top", (drawing.rowsTop() + i * drawing.rowHeight()) + "px")
                    .set("height", drawing.rowHeight() + "px");
            links.add(link);
        }
        return links;
    }
}
