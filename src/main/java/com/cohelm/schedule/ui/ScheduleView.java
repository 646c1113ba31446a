package com.cohelm.schedule.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.RowCard;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.schedule.BaselineVersion;
import com.cohelm.schedule.ContestedSlip;
import com.cohelm.schedule.MilestoneCalendar;
import com.cohelm.schedule.MilestoneFilter;
import com.cohelm.schedule.MilestoneRow;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ProposalView;
import com.cohelm.schedule.ScheduleOverview;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.RebaselineService;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.ScheduleTimeline;
import com.cohelm.schedule.TimelineImage;
import com.cohelm.schedule.TimelineLabels;
import com.cohelm.schedule.TimelineZoom;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The shared schedule: milestones as a list (late first) or as a timeline, the re-baseline proposal
 * waiting for an answer, contested slips, and the baseline versions both sides agreed. What is shown
 * (list or timeline, status, zoom, compared baseline) is kept in the address, so it can be shared.
 */
@Route("programs/:programId/schedule")
@PermitAll
public class ScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String VIEW = "view";
    static final String STATUS = "status";
    static final String ZOOM = "zoom";
    static final String COMPARE = "compare";
    static final String TIMELINE = "timeline";

    private final ScheduleQueries scheduleQueries;
    private final MilestoneService milestoneService;
    private final SlipService slipService;
    private final RebaselineService rebaselineService;
    private final MilestoneCalendar calendar;
    private final ZoneId zone;
    private ScheduleOverview overview;
    private boolean timeline;
    private MilestoneStatus status;
    private TimelineZoom zoom = TimelineZoom.MONTH;
    private Integer compare;

    ScheduleView(ScheduleQueries scheduleQueries, MilestoneService milestoneService, SlipService slipService,
            RebaselineService rebaselineService, MilestoneCalendar calendar, CurrentUserService currentUser) {
        this.scheduleQueries = scheduleQueries;
        this.milestoneService = milestoneService;
        this.slipService = slipService;
        this.rebaselineService = rebaselineService;
        this.calendar = calendar;
        this.zone = currentUser.require().timeZone();
        addClassName("schedule-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        timeline = query.getSingleParameter(VIEW).filter(TIMELINE::equals).isPresent();
        status = query.getSingleParameter(STATUS).flatMap(ScheduleView::statusOf).orElse(null);
        zoom = query.getSingleParameter(ZOOM).filter("quarter"::equals).map(z -> TimelineZoom.QUARTER)
                .orElse(TimelineZoom.MONTH);
        compare = query.getSingleParameter(COMPARE).flatMap(ScheduleView::number).orElse(null);
        RouteIds.load(event, "programId", scheduleQueries::overview).ifPresent(this::show);
    }

    private void show(ScheduleOverview schedule) {
        this.overview = schedule;
        removeAll();
        add(header(schedule));
        add(statusFilters(schedule));
        schedule.pendingProposal().ifPresent(proposal -> add(proposalCard(proposal)));
        if (!schedule.contestedSlips().isEmpty()) {
            add(contestedCard(schedule));
        }
        add(viewSwitch(schedule));
        if (schedule.total() == 0) {
            var empty = new Paragraph(getTranslation(schedule.canCreate() ? "schedule.empty.lead" : "schedule.empty"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(timeline ? timeline() : list());
        }
        add(baselinesCard(schedule));
    }

    private Component header(ScheduleOverview schedule) {
        var back = new Anchor(ProgramPages.program(schedule.programId()), schedule.programName());
        back.addClassName("back-link");
        var title = new H2(getTranslation("schedule.title"));
        title.addClassName("program-title");
        var actions = new Div();
        actions.addClassName("header-actions");
        if (schedule.canCreate()) {
            var create = new Button(getTranslation("schedule.new"), VaadinIcon.PLUS.create(),
                    e -> new MilestoneFormDialog(milestoneService, slipService, schedule.programId(), null,
                            saved -> getUI().ifPresent(ui -> ui.navigate(
                                    Routes.address(MilestoneView.class, schedule.programId(), saved.row().id())))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(create);
        }
        if (schedule.canPropose() && schedule.pendingProposal().isEmpty() && schedule.total() > 0) {
            actions.add(new Button(getTranslation("rebaseline.propose"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> new RebaselineDialog(milestoneService, rebaselineService, schedule.programId(),
                            saved -> refresh()).open()));
        }
        actions.add(new Button(getTranslation("calendar.subscribe"), VaadinIcon.CALENDAR.create(),
                e -> new CalendarDialog(calendar, schedule.programId(), zone).open()));
        var header = new Div(new Div(back, title), actions);
        header.addClassName("program-header");
        return header;
    }

    /**
     * List or timeline: two links (the address says which is shown, so either can be shared), the current one
     * marked with {@code aria-current}; links rather than tabs, since each loads its own view of the page.
     */
    private Component viewSwitch(ScheduleOverview schedule) {
        var base = Routes.address(ScheduleView.class, schedule.programId());
        var list = new Anchor(base + (status == null ? "" : "?" + STATUS + "=" + status.name().toLowerCase(java.util.Locale.ROOT)),
                getTranslation("schedule.tab.list"));
        var drawing = new Anchor(base + "?" + VIEW + "=" + TIMELINE, getTranslation("schedule.tab.timeline"));
        var current = timeline ? drawing : list;
        current.getElement().setAttribute("aria-current", "page");
        current.addClassName("current");
        list.addClassName("view-switch-link");
        drawing.addClassName("view-switch-link");
        var nav = new com.vaadin.flow.component.html.Nav(list, drawing);
        nav.addClassName("view-switch");
        nav.getElement().setAttribute("aria-label", getTranslation("schedule.views"));
        return nav;
    }

    /** Counts per status; each one filters the list, "all" clears the filter. */
    private Component statusFilters(ScheduleOverview schedule) {
        var filters = new Div();
        filters.addClassName("status-filters");
        var all = new Button(getTranslation("schedule.all", schedule.total()), e -> {
            status = null;
            navigate();
        });
        all.addThemeVariants(status == null ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
        filters.add(all);
        for (var each : MilestoneStatus.values()) {
            var button = new Button(getTranslation("schedule.count." + each.name(), schedule.counts().get(each)), e -> {
                status = each;
                timeline = false;
                navigate();
            });
            button.addThemeVariants(each == status ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            filters.add(button);
        }
        return filters;
    }

    /**
     * Every column fits beside the menu from 1280 px on (issue 26: the Slip column was off-screen at 1440 px):
     * the status cell holds the status, the slip (when the status does not say it) and the other side's stand on
     * an open slip, wrapping rather than cutting; dates have fixed widths that hold French dates; a done date
     * goes under the planned one. On a phone each row is a card (decision 0024).
     */
    private Component list() {
        var grid = new Grid<MilestoneRow>();
        grid.addClassName("milestone-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(LitRenderer.<MilestoneRow>of("<a class=\"milestone-link\" href=\"${item.href}\">${item.title}</a>")
                        .withProperty("href", row -> href(row.id()))
                        .withProperty("title", MilestoneRow::title))
                .setHeader(getTranslation("milestone.title")).setFlexGrow(3).setWidth("12rem").setKey("title");
        grid.addColumn(new ComponentRenderer<>(this::badges))
                .setHeader(getTranslation("milestone.status")).setWidth("11rem").setFlexGrow(0).setKey("status");
        grid.addColumn(new ComponentRenderer<>(row -> {
                    // name and organization, as in the action plan: the job title made every row four lines tall
                    var owner = new Div(ScheduleBadges.side(this, row.ownerSide()),
                            PersonLabel.withOrganization(row.owner()));
                    owner.addClassName("milestone-owner");
                    return owner;
                }))
                .setHeader(getTranslation("milestone.owner")).setFlexGrow(2).setWidth("11rem");
        grid.addColumn(row -> Formats.date(row.baselineDate(), getLocale())).setHeader(getTranslation("milestone.baseline"))
                .setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(row -> {
                    var planned = new Div(new Span(Formats.date(row.plannedDate(), getLocale())));
                    if (row.doneDate() != null) {
                        var done = new Span(getTranslation("milestone.done") + " " + Formats.date(row.doneDate(), getLocale()));
                        done.addClassName("milestone-done-date");
                        planned.add(done);
                    }
                    planned.addClassName("milestone-dates");
                    return planned;
                }))
                .setHeader(getTranslation("milestone.planned")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> row.daysSlipped() == 0 ? "" : getTranslation("milestone.days-slipped.short", row.daysSlipped()))
                .setHeader(getTranslation("milestone.slipped")).setWidth("6.5rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("schedule.cards"), this::card);
        var filter = new MilestoneFilter(status);
        var programId = overview.programId();
        grid.setItems(query -> scheduleQueries.milestones(programId, filter,
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) scheduleQueries.count(programId, filter));
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(href(e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("schedule.empty.filter"));
        grid.setHeight("32rem");
        return grid;
    }

    private String href(long milestoneId) {
        return Routes.address(MilestoneView.class, overview.programId(), milestoneId);
    }

    /** Status, slip and the stand on an open slip: late and slipped are both shown when both are true. */
    private Component badges(MilestoneRow row) {
        var badges = ScheduleBadges.statusAndSlip(this, row.status(), row.daysSlipped());
        if (row.openSlipState() != null) {
            badges.add(ScheduleBadges.slip(this, row.openSlipState()));
        }
        return badges;
    }

    /** A milestone on a phone: title, owner side and person, planned date, and the badges. */
    private Component card(MilestoneRow row) {
        var title = new Anchor(href(row.id()), row.title());
        var card = new RowCard(title)
                .meta(getTranslation("milestone.owner-side." + row.ownerSide().name()), row.owner().displayName())
                .fact(getTranslation("milestone.planned"), Formats.date(row.plannedDate(), getLocale()))
                .fact(getTranslation("milestone.baseline"), Formats.date(row.baselineDate(), getLocale()));
        if (row.doneDate() != null) {
            card.fact(getTranslation("milestone.done"), Formats.date(row.doneDate(), getLocale()));
        }
        card.line(badges(row));
        return card;
    }

    private Component timeline() {
        var data = scheduleQueries.timeline(overview.programId(), compare);
        var zoomSelect = new Select<TimelineZoom>();
        zoomSelect.setLabel(getTranslation("timeline.zoom"));
        zoomSelect.setItems(TimelineZoom.values());
        zoomSelect.setItemLabelGenerator(z -> getTranslation("timeline.zoom." + z.name()));
        zoomSelect.setValue(zoom);
        zoomSelect.addValueChangeListener(e -> {
            zoom = e.getValue();
            navigate();
        });
        var compareSelect = new Select<Integer>();
        FilterSelects.anyOf(compareSelect, getTranslation("timeline.compare"),
                data.baselines().stream().map(BaselineVersion::number).toList(), getTranslation("timeline.compare.none"),
                n -> "B" + n);
        compareSelect.setValue(data.comparedBaseline());
        compareSelect.addValueChangeListener(e -> {
            compare = e.getValue();
            navigate();
        });
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
                new ByteArrayInputStream(svg), "schedule-" + overview.programId() + ".svg", "image/svg+xml",
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
        var wrapper = new Div(controls);
        if (drawing.width() > 1000) {
            var hint = new Paragraph(getTranslation("timeline.scroll", Formats.date(drawing.from(), getLocale()),
                    Formats.date(drawing.to(), getLocale())));
            hint.addClassName("timeline-scroll-hint");
            wrapper.add(hint);
        }
        if (drawing.outside() > 0) {
            var outside = new Paragraph(getTranslation("timeline.outside", drawing.outside(),
                    Formats.date(drawing.from(), getLocale()), Formats.date(drawing.to(), getLocale())));
            outside.addClassName("timeline-outside");
            wrapper.add(outside);
        }
        wrapper.add(scroller, caption);
        wrapper.addClassName("timeline");
        return wrapper;
    }

    /**
     * A real link over each drawn row (the drawing is a picture): it opens the milestone, is reached with the
     * keyboard in the drawing's order, and names the milestone and its dates for screen readers.
     */
    private Component rowLinks(java.util.List<com.cohelm.schedule.TimelineRow> rows, TimelineImage drawing) {
        var links = new com.vaadin.flow.component.html.Nav();
        links.addClassName("timeline-links");
        links.getElement().setAttribute("aria-label", getTranslation("timeline.rows"));
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            var link = new Anchor(href(row.id()));
            var words = getTranslation("timeline.row-link", row.title(),
                    Formats.date(row.baseline(), getLocale()), Formats.date(row.planned(), getLocale()));
            if (row.late()) { // late and slipped are both said, as on every other view of a milestone
                words += " · " + getTranslation("milestone.status.LATE");
            }
            if (row.done() == null && row.planned().isAfter(row.baseline())) {
                words += " · " + getTranslation("milestone.slipped.badge",
                        java.time.temporal.ChronoUnit.DAYS.between(row.baseline(), row.planned()));
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

    private Component proposalCard(ProposalView proposal) {
        var card = Cards.titled(getTranslation("rebaseline.pending"));
        card.addClassName("proposal-card");
        card.add(new Paragraph(getTranslation("rebaseline.by", proposal.proposedBy(),
                getTranslation("side." + proposal.proposerSide().name()),
                Formats.dateTime(proposal.proposedAt(), getLocale(), zone))));
        var reason = new Paragraph(proposal.reason());
        reason.addClassName("proposal-reason");
        card.add(reason);
        var items = new UnorderedList();
        proposal.items().forEach(item -> items.add(new ListItem(getTranslation("rebaseline.item", item.title(),
                Formats.date(item.currentBaseline(), getLocale()), Formats.date(item.proposedBaseline(), getLocale())))));
        card.add(items);
        if (proposal.canDecide()) {
            var comment = new TextArea(getTranslation("rebaseline.decision-reason"));
            TextLimit.of(comment, 2000);
            comment.setWidthFull();
            var accept = new Button(getTranslation("rebaseline.accept"), e -> decide(() ->
                    rebaselineService.acceptRebaseline(overview.programId(), proposal.id(), proposal.version(),
                            comment.getValue()), comment));
            accept.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
            var decline = new Button(getTranslation("rebaseline.decline"), e -> {
                if (comment.getValue().isBlank()) {
                    comment.setErrorMessage(getTranslation("rebaseline.error.decline-reason"));
                    comment.setInvalid(true);
                    return;
                }
                decide(() -> rebaselineService.declineRebaseline(overview.programId(), proposal.id(), proposal.version(),
                        comment.getValue()), comment);
            });
            decline.addThemeVariants(ButtonVariant.ERROR);
            card.add(comment, new Div(accept, decline));
        } else {
            var decidingSide = proposal.proposerSide() == Side.SUPPLIER ? Side.CUSTOMER : Side.SUPPLIER;
            card.add(new Paragraph(getTranslation("rebaseline.waiting", getTranslation("side." + decidingSide.name()))));
        }
        if (proposal.canWithdraw()) {
            var withdraw = new Button(getTranslation("rebaseline.withdraw"), e -> decide(() ->
                    rebaselineService.withdrawRebaseline(overview.programId(), proposal.id(), proposal.version()), null));
            withdraw.addThemeVariants(ButtonVariant.TERTIARY);
            card.add(withdraw);
        }
        return card;
    }

    private void decide(Runnable decision, TextArea comment) {
        if (comment != null && !TextLimit.of(comment).within()) {
            return;
        }
        try {
            decision.run();
            refresh();
        } catch (InvalidInputException e) {
            if (comment != null) {
                comment.setErrorMessage(ServiceErrors.message(this, e));
                comment.setInvalid(true);
            }
        } catch (ConstraintViolationException e) {
            if (comment == null) {
                throw e;
            }
            ServiceErrors.show(this, e, comment);
        } catch (ConcurrentEditException | AccessDeniedException e) {
            Notification.show(getTranslation("rebaseline.changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            refresh();
        }
    }

    private Component contestedCard(ScheduleOverview schedule) {
        var list = new UnorderedList();
        for (ContestedSlip slip : schedule.contestedSlips()) {
            var link = new Anchor(Routes.address(MilestoneView.class, schedule.programId(), slip.milestoneId()),
                    slip.milestoneTitle());
            list.add(new ListItem(link, new Span(" " + getTranslation("slip.contested.summary",
                    Formats.date(slip.fromDate(), getLocale()), Formats.date(slip.toDate(), getLocale()),
                    getTranslation("slip.cause." + slip.cause().name())))));
        }
        var card = Cards.titled(getTranslation("slip.contested.title"), list);
        card.addClassName("contested-card");
        return card;
    }

    private Component baselinesCard(ScheduleOverview schedule) {
        var card = Cards.titled(getTranslation("baselines.title"));
        card.addClassName("baselines-card");
        if (schedule.baselines().isEmpty()) {
            card.add(new Paragraph(getTranslation("baselines.none")));
            return card;
        }
        var versions = new UnorderedList();
        schedule.baselines().forEach(b -> versions.add(new ListItem(getTranslation("baselines.version", b.label(),
                Formats.dateTime(b.createdAt(), getLocale(), zone)))));
        card.add(versions);
        if (!schedule.decidedProposals().isEmpty()) {
            var decided = new UnorderedList();
            schedule.decidedProposals().forEach(p -> decided.add(new ListItem(getTranslation(
                    "rebaseline.decided." + p.state().name(), p.proposedBy(), p.reason(),
                    p.decidedBy() == null ? "" : p.decidedBy(),
                    p.decisionReason() == null ? "" : p.decisionReason()))));
            card.add(new Paragraph(getTranslation("rebaseline.history")), decided);
        }
        return card;
    }

    private void refresh() {
        show(scheduleQueries.overview(overview.programId()));
    }

    private void navigate() {
        var parameters = new LinkedHashMap<String, String>();
        if (timeline) {
            parameters.put(VIEW, TIMELINE);
            if (zoom == TimelineZoom.QUARTER) {
                parameters.put(ZOOM, "quarter");
            }
            if (compare != null) {
                parameters.put(COMPARE, compare.toString());
            }
        } else if (status != null) {
            parameters.put(STATUS, status.name().toLowerCase(java.util.Locale.ROOT));
        }
        getUI().ifPresent(ui -> ui.navigate(Routes.address(ScheduleView.class, overview.programId()),
                QueryParameters.simple(parameters)));
    }

    private static Optional<MilestoneStatus> statusOf(String text) {
        try {
            return Optional.of(MilestoneStatus.valueOf(text.toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("schedule.title") + (overview == null ? "" : " · " + overview.programName()) + " · CoHelm";
    }
}
