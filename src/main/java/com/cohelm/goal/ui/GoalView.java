package com.cohelm.goal.ui;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.SvgImage;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RowCard;
import com.cohelm.goal.GoalChart;
import com.cohelm.goal.GoalDetails;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.goal.MeasurementView;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * One joint goal: why it matters, both owners, the chart of its KPI with the projection, the
 * measurements, the status both sides confirmed and why, and, for supplier staff, internal notes.
 */
@Route("programs/:programId/goals/:goalId")
@PermitAll
public class GoalView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goalService;
    private final ProgramService programService;
    private final CurrentUserService currentUser;
    private final CommentThreads threads;
    private GoalDetails goal;
    private Component measurementsCard;
    /** Made once per goal: rebuilding the page after a change keeps the thread as the reader left it. */
    private Component thread;

    GoalView(GoalService goalService, ProgramService programService, CurrentUserService currentUser,
            CommentThreads threads) {
        this.goalService = goalService;
        this.programService = programService;
        this.currentUser = currentUser;
        this.threads = threads;
        addClassName("goal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var programId = RouteIds.id(event, "programId");
        // A program the reader may not see is this page's not-found, recorded with its address (as on the program
        // page); within the scope the goal's own access check answers from what was found.
        Optional<GoalDetails> goalFound;
        try (var scope = ProgramReadScope.open()) {
            goalFound = RouteIds.find(event, "goalId", goalId -> programId.isPresent()
                    ? programService.find(programId.getAsLong())
                            .flatMap(program -> goalService.goal(programId.getAsLong(), goalId))
                    : Optional.<GoalDetails>empty());
        }
        goalFound.ifPresent(found -> {
            thread = threads.panel(CommentSubject.goal(found.programId(), found.summary().id()),
                    CommentThreads.focus(event.getLocation().getQueryParameters()));
            show(found);
        });
    }

    private void show(GoalDetails details) {
        this.goal = details;
        removeAll();
        var row = new Div(about(), owners());
        row.addClassName("card-row");
        var lower = new Div(measurements(), status());
        lower.addClassName("card-row");
        add(header(), row, chart(), lower);
        if (details.permissions().internalNotes()) {
            add(internalNotes());
        }
        add(thread);
    }

    private Component header() {
        var summary = goal.summary();
        var back = new Anchor(Routes.address(GoalsView.class, goal.programId()),
                getTranslation("goal.back", goal.programName()));
        back.addClassName("back-link");
        var title = new H2(summary.title());
        title.addClassName("program-title");
        var badges = new Div(GoalBadges.status(this, summary.status()));
        summary.differingSuggestion().ifPresent(s -> badges.add(GoalBadges.suggested(this, s)));
        badges.addClassName("program-badges");
        var header = new Div(new Div(back, title, badges));
        header.addClassName("program-header");
        if (goal.permissions().edit()) {
            header.add(new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new GoalFormDialog(goalService, goal.programId(), goal, this::show).open()));
        }
        return header;
    }

    private Component about() {
        var kpi = goal.summary().kpi();
        return Cards.titled(getTranslation("goal.why"), new Paragraph(goal.whyItMatters()),
                Cards.fact(getTranslation("goal.metric"), kpi.metric() + " (" + kpi.unit() + ")"),
                Cards.fact(getTranslation("goal.scale.short"), getTranslation("goal.from-to",
                        GoalText.number(kpi.baseline(), getLocale()), GoalText.number(kpi.target(), getLocale()),
                        getTranslation("goal.direction." + kpi.direction().name()).toLowerCase(getLocale()))),
                Cards.fact(getTranslation("goal.target-date"), Formats.date(kpi.targetDate(), getLocale())));
    }

    private Component owners() {
        return Cards.titled(getTranslation("goal.owners"),
                new PersonLabel(goal.summary().supplierOwner(), getTranslation("goal.owner")),
                new PersonLabel(goal.summary().customerOwner(), getTranslation("goal.owner")));
    }

    private Component chart() {
        var summary = goal.summary();
        var labels = new GoalChart.ChartLabels(summary.kpi().metric(), getTranslation("goal.baseline"),
                getTranslation("goal.target"), getTranslation("goal.projection"), getTranslation("goal.measured"));
        var alternative = GoalChart.textAlternative(goal, labels);
        var image = SvgImage.of(GoalChart.svg(goal, getLocale(), labels), "goal-" + summary.id() + ".svg", alternative);
        image.addClassName("goal-chart");
        var caption = new Paragraph(alternative);
        caption.addClassName("goal-chart-caption");
        var card = Cards.titled(getTranslation("goal.chart"), image, caption);
        card.addClassName("goal-chart-card");
        return card;
    }

    private String value(MeasurementView measurement) {
        return GoalText.number(measurement.value(), getLocale()) + " " + goal.summary().kpi().unit();
    }

    private Component measurements() {
        var grid = new Grid<MeasurementView>();
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(m -> Formats.date(m.date(), getLocale())).setHeader(getTranslation("goal.measurement.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::value).setHeader(getTranslation("goal.measurement.value")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(MeasurementView::note).setHeader(getTranslation("goal.measurement.note")).setFlexGrow(1);
        grid.addColumn(MeasurementView::recordedBy).setHeader(getTranslation("goal.measurement.by")).setAutoWidth(true);
        PhoneLayout.cardsOnPhone(grid, getTranslation("goal.measurements"), m -> new RowCard(
                Formats.date(m.date(), getLocale()) + " · " + value(m)).meta(m.note()).meta(m.recordedBy()));
        grid.setItems(goal.measurements());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("goal.no-measurement"));

        // Built when someone downloads it, not each time the page is drawn; the service checks access again.
        var programId = goal.programId();
        var goalId = goal.summary().id();
        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            var csv = goalService.measurementsCsv(programId, goalId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "goal-" + goalId + "-measurements.csv",
                    "text/csv;charset=UTF-8", csv.length);
        }), getTranslation("goal.export"));
        export.addClassName("export-link");
        var card = Cards.titled(getTranslation("goal.measurements"));
        measurementsCard = card;
        if (goal.permissions().measure()) {
            card.add(measurementForm());
        }
        card.add(grid, export);
        return card;
    }

    private Component measurementForm() {
        var date = new LocalizedDatePicker(getTranslation("goal.measurement.date"));
        var today = currentUser.today();
        date.setValue(today);
        // from a year before the program to today; after today has a message of its own (decision 0033)
        date.setRange(goal.measurementDates(), "goal.error.measured-range");
        date.setMaxErrorKey("goal.error.measured-in-future");
        var value = new BigDecimalField(getTranslation("goal.measurement.value"));
        value.setSuffixComponent(new Span(goal.summary().kpi().unit()));
        var note = new TextField(getTranslation("goal.measurement.note"));
        var noteLimit = TextLimit.of(note, 1000);
        // said at the field before saving: a second measurement on a day is added beside the first
        sameDayHint(date);
        date.addValueChangeListener(e -> sameDayHint(date));
        var add = new Button(getTranslation("goal.measurement.add"), e -> {
            if (date.getValue() == null || date.isInvalid() || !goal.measurementDates().contains(date.getValue())) {
                if (date.getValue() != null && date.getValue().isAfter(goal.measurementDates().max())) {
                    date.setErrorMessage(getTranslation("goal.error.measured-in-future"));
                } else if (date.getValue() != null) {
                    date.setErrorMessage(date.rangeMessage(goal.measurementDates(), "goal.error.measured-range"));
                }
                date.setInvalid(true);
                return;
            }
            var valueError = GoalText.valueError(goal.summary().kpi(), value.getValue());
            if (valueError != null) {
                value.setErrorMessage(getTranslation(valueError));
                value.setInvalid(true);
                return;
            }
            if (!noteLimit.within()) {
                return;
            }
            try {
                show(goalService.addMeasurement(goal.programId(), goal.summary().id(),
                        new MeasurementDraft(date.getValue(), value.getValue(), note.getValue())));
                // The page is rebuilt with the new point: stay where the person was typing.
                measurementsCard.scrollIntoView();
                notify(getTranslation("goal.measurement.added"));
            } catch (InvalidInputException | ConstraintViolationException ex) {
                ServiceErrors.show(this, ex, Map.of("value", value, "note", note), date);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(date, value, note, add);
        form.addClassName("inline-form");
        return form;
    }

    private void sameDayHint(LocalizedDatePicker date) {
        var day = date.getValue();
        var taken = day == null ? java.util.List.<MeasurementView>of() : goal.measurementsOn(day);
        var unit = goal.summary().kpi().unit();
        date.setHelperText(taken.isEmpty() ? null : getTranslation("goal.measurement.same-day", taken.size(),
                Formats.date(day, getLocale()), String.join(", ", taken.reversed().stream()
                        .map(m -> GoalText.number(m.value(), getLocale()) + (unit == null || unit.isBlank() ? "" : " " + unit))
                        .toList())));
    }

    private Component status() {
        var summary = goal.summary();
        var current = new Div(GoalBadges.status(this, summary.status()));
        current.addClassName("program-badges");
        summary.suggestion().ifPresentOrElse(
                s -> current.add(new Span(getTranslation("goal.suggestion.is",
                        getTranslation("goal.status." + s.status().name()),
                        GoalText.estimate(s.projectedValue(), getLocale()), summary.kpi().unit()))),
                () -> current.add(new Span(getTranslation("goal.suggestion.none"))));
        var card = Cards.titled(getTranslation("goal.status"), current);
        if (goal.permissions().edit()) {
            var status = new Select<GoalStatus>();
            status.setLabel(getTranslation("goal.status.confirm.label"));
            status.setItems(GoalStatus.values());
            status.setItemLabelGenerator(s -> getTranslation("goal.status." + s.name()));
            status.setValue(summary.suggestion().map(s -> s.status()).orElse(summary.status()));
            var reason = new TextArea(getTranslation("goal.status.reason"));
            var reasonLimit = TextLimit.of(reason, 1000);
            reason.setWidthFull();
            var confirm = new Button(getTranslation("goal.status.confirm"), e -> {
                if (reason.getValue().isBlank()) {
                    reason.setErrorMessage(getTranslation("goal.error.reason-required"));
                    reason.setInvalid(true);
                    return;
                }
                if (!reasonLimit.within()) {
                    return;
                }
                try {
                    show(goalService.confirmStatus(goal.programId(), summary.id(), goal.version(), status.getValue(),
                            reason.getValue()));
                } catch (InvalidInputException | ConstraintViolationException ex) {
                    ServiceErrors.show(this, ex, Map.of("status", status), reason);
                } catch (ConcurrentEditException ex) {
                    GoalDetails latest = ex.current();
                    show(latest);
                    notify(getTranslation("goal.status.conflict",
                            getTranslation("goal.status." + latest.summary().status().name())));
                }
            });
            var form = new Div(status, reason, confirm);
            form.addClassName("status-form");
            card.add(form);
        }
        var history = new UnorderedList();
        history.addClassName("activity-list");
        for (var change : goal.statusHistory()) {
            var line = new Span(getTranslation("goal.status.history", change.changedBy(),
                    getTranslation("goal.status." + change.status().name()), change.reason()));
            var when = new Span(Formats.dateTime(change.changedAt(), getLocale(), currentUser.require().timeZone()));
            when.addClassName("activity-time");
            history.add(new ListItem(line, when));
        }
        card.add(new H3(getTranslation("goal.status.history.title")),
                goal.statusHistory().isEmpty() ? new Paragraph(getTranslation("goal.status.history.empty")) : history);
        return card;
    }

    private Component internalNotes() {
        var tag = new Span(getTranslation("goal.notes.supplier-only"));
        tag.addClassNames("side-tag", "side-supplier");
        var card = Cards.titled(getTranslation("goal.notes"));
        card.setHeaderSuffix(tag);
        card.addClassName("internal-notes");
        var body = new TextArea(getTranslation("goal.notes.new"));
        var bodyLimit = TextLimit.of(body, 4000);
        body.setWidthFull();
        var add = new Button(getTranslation("goal.notes.add"), e -> {
            if (body.getValue().isBlank()) {
                body.setErrorMessage(getTranslation("validation.required"));
                body.setInvalid(true);
                return;
            }
            if (!bodyLimit.within()) {
                return;
            }
            try {
                show(goalService.addInternalNote(goal.programId(), goal.summary().id(), body.getValue()));
            } catch (InvalidInputException | ConstraintViolationException ex) {
                ServiceErrors.show(this, ex, body);
            }
        });
        card.add(body, add);
        var list = new UnorderedList();
        list.addClassName("activity-list");
        for (var note : goal.internalNotes()) {
            var when = new Span(note.author() + " · "
                    + Formats.dateTime(note.createdAt(), getLocale(), currentUser.require().timeZone()));
            when.addClassName("activity-time");
            list.add(new ListItem(new Span(note.body()), when));
        }
        card.add(list);
        return card;
    }

    private static void notify(String text) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return (goal == null ? getTranslation("goals.title") : goal.summary().title()) + " · CoHelm";
    }

}
