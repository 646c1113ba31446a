package com.cohelm.schedule.ui;

import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.schedule.MilestoneCalendar;
import com.cohelm.schedule.MilestoneFilter;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ProposalView;
import com.cohelm.schedule.RebaselineService;
import com.cohelm.schedule.ScheduleOverview;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.TimelineZoom;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;

/**
 * The shared schedule: milestones as a list (late first) or as a timeline, the re-baseline proposal
 * waiting for an answer, contested slips, and the baseline versions both sides agreed. What is shown
 * (list or timeline, status, zoom, compared baseline) is kept in the address, so it can be shared.
 *
 * <p>This route reads the address, makes the service calls and composes the page's parts, each in its own
 * class: {@link StatusFilters}, {@link MilestoneList}, {@link TimelinePanel}, {@link ProposalCard},
 * {@link ContestedSlipsCard}, {@link BaselinesCard}, and the dialogs its buttons open.
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
            add(new ContestedSlipsCard(schedule));
        }
        add(viewSwitch(schedule));
        if (schedule.total() == 0) {
            var empty = new Paragraph(getTranslation(schedule.canCreate() ? "schedule.empty.lead" : "schedule.empty"));
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(timeline ? timeline() : list());
        }
        add(new BaselinesCard(schedule, zone));
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
        var list = new Anchor(base + (status == null ? "" : "?" + STATUS + "=" + status.name().toLowerCase(Locale.ROOT)),
                getTranslation("schedule.tab.list"));
        var drawing = new Anchor(base + "?" + VIEW + "=" + TIMELINE, getTranslation("schedule.tab.timeline"));
        var current = timeline ? drawing : list;
        current.getElement().setAttribute("aria-current", "page");
        current.addClassName("current");
        list.addClassName("view-switch-link");
        drawing.addClassName("view-switch-link");
        var nav = new Nav(list, drawing);
        nav.addClassName("view-switch");
        nav.getElement().setAttribute("aria-label", getTranslation("schedule.views"));
        return nav;
    }

    private Component statusFilters(ScheduleOverview schedule) {
        return new StatusFilters(schedule, status, picked -> {
            status = picked;
            if (picked != null) {
                timeline = false;
            }
            navigate();
        });
    }

    private Component list() {
        var filter = new MilestoneFilter(status);
        var programId = overview.programId();
        return new MilestoneList(programId,
                query -> scheduleQueries.milestones(programId, filter,
                        PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) scheduleQueries.count(programId, filter));
    }

    private Component timeline() {
        return new TimelinePanel(overview.programId(), scheduleQueries.timeline(overview.programId(), compare), zoom,
                picked -> {
                    zoom = picked;
                    navigate();
                },
                picked -> {
                    compare = picked;
                    navigate();
                });
    }

    private Component proposalCard(ProposalView proposal) {
        var programId = overview.programId();
        return new ProposalCard(proposal, zone, new ProposalCard.Answers() {
            @Override
            public void accept(String reason) {
                rebaselineService.acceptRebaseline(programId, proposal.id(), proposal.version(), reason);
            }

            @Override
            public void decline(String reason) {
                rebaselineService.declineRebaseline(programId, proposal.id(), proposal.version(), reason);
            }

            @Override
            public void withdraw() {
                rebaselineService.withdrawRebaseline(programId, proposal.id(), proposal.version());
            }
        }, this::refresh);
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
            parameters.put(STATUS, status.name().toLowerCase(Locale.ROOT));
        }
        getUI().ifPresent(ui -> ui.navigate(Routes.address(ScheduleView.class, overview.programId()),
                QueryParameters.simple(parameters)));
    }

    private static Optional<MilestoneStatus> statusOf(String text) {
        try {
            return Optional.of(MilestoneStatus.valueOf(text.toUpperCase(Locale.ROOT)));
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
