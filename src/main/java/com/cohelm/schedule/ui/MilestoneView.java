package com.cohelm.schedule.ui;

import com.cohelm.base.ui.Routes;
import com.cohelm.goal.ui.GoalPages;
import jakarta.validation.ConstraintViolationException;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.DateRange;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.LocalizedDatePicker;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.schedule.DateChangeView;
import com.cohelm.schedule.MilestoneDetails;
import com.cohelm.schedule.MilestoneRef;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.SlipEntryView;
import com.cohelm.schedule.SlipView;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One milestone as both sides see it: who owns it, its baseline, plan and done dates, what it waits on
 * and what waits on it, every slip with its recovery plan and the thread where the other side answers,
 * and the full history of its dates.
 */
@Route("programs/:programId/schedule/:milestoneId")
@PermitAll
public class MilestoneView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ScheduleQueries scheduleQueries;
    private final MilestoneService milestoneService;
    private final SlipService slipService;
    private final CommentThreads threads;
    private final ZoneId zone;
    private final CurrentUserService currentUser;
    private MilestoneDetails milestone;
    /** The milestone's thread, slips included (decision 0018); made once, kept when the page is rebuilt. */
    private Component thread;
    /** The comment field under each slip, by slip id, so typed text can follow a reload. */
    private final Map<Long, TextArea> slipComments = new HashMap<>();

    MilestoneView(ScheduleQueries scheduleQueries, MilestoneService milestoneService, SlipService slipService,
            CurrentUserService currentUser, CommentThreads threads) {
        this.scheduleQueries = scheduleQueries;
        this.milestoneService = milestoneService;
        this.slipService = slipService;
        this.threads = threads;
        this.zone = currentUser.require().timeZone();
        this.currentUser = currentUser;
        addClassName("milestone-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var programId = RouteIds.id(event, "programId");
        RouteIds.find(event, "milestoneId", milestoneId -> programId.isPresent()
                ? scheduleQueries.milestone(programId.getAsLong(), milestoneId) : Optional.<MilestoneDetails>empty())
                .ifPresent(found -> {
                    thread = threads.panel(CommentSubject.milestone(found.programId(), found.row().id()),
                            CommentThreads.focus(event.getLocation().getQueryParameters()));
                    show(found);
                });
    }

    private void show(MilestoneDetails details) {
        this.milestone = details;
        removeAll();
        slipComments.clear();
        add(header(details));
        var columns = new Div(facts(details), links(details));
        columns.addClassName("milestone-columns");
        add(columns);
        var slipsHeading = new H4(getTranslation("slip.title"));
        add(slipsHeading);
        if (details.slips().isEmpty()) {
            add(new Paragraph(getTranslation("slip.none")));
        }
        details.slips().forEach(slip -> add(slipCard(slip)));
        add(history(details.history()));
        add(thread);
    }

    private Component header(MilestoneDetails details) {
        var row = details.row();
        var back = new Anchor(Routes.address(ScheduleView.class, details.programId()),
                getTranslation("milestone.back", details.programName()));
        back.addClassName("back-link");
        var title = new H2(row.title());
        title.addClassName("program-title");
        var badges = ScheduleBadges.statusAndSlip(this, row.status(), row.daysSlipped());
        if (row.openSlipState() != null) {
            badges.add(ScheduleBadges.slip(this, row.openSlipState()));
        }
        badges.addClassName("program-badges");
        var actions = new Div();
        actions.addClassName("header-actions");
        // Decision 0023: only the side that owns the milestone sees these; the service refuses everyone else.
        if (details.canEdit()) {
            actions.add(new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new MilestoneFormDialog(milestoneService, slipService, details.programId(), details,
                            this::show).open()));
            if (row.doneDate() == null) {
                var slip = new Button(getTranslation("slip.record"), VaadinIcon.CALENDAR_CLOCK.create(),
                        e -> new SlipDialog(slipService, details, null, this::show).open());
                slip.addClassName("record-slip");
                actions.add(slip);
                var doneOn = new LocalizedDatePicker(null);
                doneOn.setLabel(getTranslation("milestone.done-on"));
                var today = currentUser.today();
                doneOn.setValue(today);
                // not in the future, nor more than a year before the program (decision 0033)
                var allowed = details.allowedDates();
                doneOn.setRange(new DateRange(allowed.min(), today), "schedule.error.date-range");
                doneOn.setMaxErrorKey("schedule.error.done-in-future");
                var markDone = new Button(getTranslation("milestone.mark-done"), VaadinIcon.CHECK.create(), e -> {
                    if (doneOn.isEmpty() || doneOn.isInvalid()) {
                        doneOn.setInvalid(true);
                        return;
                    }
                    change(() -> milestoneService.markDone(details.programId(), row.id(), row.version(),
                            doneOn.getValue()), null);
                });
                markDone.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
                var done = new Div(doneOn, markDone);
                done.addClassName("mark-done");
                actions.add(done);
            } else {
                actions.add(new Button(getTranslation("milestone.reopen"), VaadinIcon.ROTATE_LEFT.create(),
                        e -> change(() -> milestoneService.reopen(details.programId(), row.id(), row.version()), null)));
            }
        }
        var header = new Div(new Div(back, title, badges), actions);
        header.addClassName("program-header");
        return header;
    }

    private Component facts(MilestoneDetails details) {
        var row = details.row();
        var card = Cards.titled(getTranslation("milestone.facts"));
        card.addClassName("milestone-facts");
        var owner = new Div(ScheduleBadges.side(this, row.ownerSide()), new PersonLabel(row.owner(),
                getTranslation("milestone.owner")));
        owner.addClassName("milestone-owner");
        card.add(owner);
        card.add(Cards.fact(getTranslation("milestone.baseline"), Formats.date(row.baselineDate(), getLocale())));
        card.add(Cards.fact(getTranslation("milestone.planned"), Formats.date(row.plannedDate(), getLocale())));
        if (row.doneDate() != null) {
            card.add(Cards.fact(getTranslation("milestone.done"), Formats.date(row.doneDate(), getLocale())));
        }
        if (row.status() == com.cohelm.schedule.MilestoneStatus.LATE) {
            var late = Cards.fact(getTranslation("milestone.status.LATE"), getTranslation("milestone.late-by",
                    java.time.temporal.ChronoUnit.DAYS.between(row.plannedDate(), currentUser.today())));
            late.getElement().getClassList().add("milestone-late");
            card.add(late);
        }
        card.add(Cards.fact(getTranslation("milestone.slipped"), row.daysSlipped() == 0
                ? getTranslation("milestone.not-slipped") : getTranslation("milestone.days-slipped", row.daysSlipped())));
        if (!details.description().isBlank()) {
            var description = new Paragraph(details.description());
            description.addClassName("milestone-description");
            card.add(description);
        }
        return card;
    }

    private Component links(MilestoneDetails details) {
        var card = Cards.titled(getTranslation("milestone.connections"));
        card.addClassName("milestone-connections");
        card.add(Cards.labelled(getTranslation("milestone.depends-on"), milestoneList(details.dependsOn())));
        card.add(Cards.labelled(getTranslation("milestone.affected"), milestoneList(details.affected())));
        var goals = new UnorderedList();
        details.goals().forEach(goal -> goals.add(new ListItem(
                new Anchor(GoalPages.goal(details.programId(), goal.id()), goal.title()))));
        card.add(Cards.labelled(getTranslation("milestone.goals"), details.goals().isEmpty()
                ? new Span(getTranslation("milestone.none")) : goals));
        return card;
    }

    private Component milestoneList(List<MilestoneRef> refs) {
        if (refs.isEmpty()) {
            return new Span(getTranslation("milestone.none"));
        }
        var list = new UnorderedList();
        refs.forEach(ref -> list.add(new ListItem(
                new Anchor(Routes.address(MilestoneView.class, milestone.programId(), ref.id()), ref.title()),
                new Span(" · " + Formats.date(ref.plannedDate(), getLocale())))));
        return list;
    }

    private Component slipCard(SlipView slip) {
        var card = new Card();
        card.addClassName("slip-card");
        card.setTitle(new Span(getTranslation("slip.heading", Formats.date(slip.fromDate(), getLocale()),
                Formats.date(slip.toDate(), getLocale()))));
        card.setSubtitle(new Span(getTranslation("slip.reported", slip.reportedBy(),
                getTranslation("side." + slip.reportedSide().name()), Formats.dateTime(slip.reportedAt(), getLocale(), zone))));
        card.setHeaderSuffix(ScheduleBadges.slip(this, slip.state()));
        card.add(Cards.fact(getTranslation("slip.cause"), getTranslation("slip.cause." + slip.cause().name())));
        card.add(Cards.labelled(getTranslation("slip.explanation"), text(slip.explanation())));
        card.add(Cards.labelled(getTranslation("slip.recovery-plan"), text(slip.recoveryPlan())));
        if (slip.compromise() != null) {
            var compromise = Cards.labelled(getTranslation("slip.compromise"), text(slip.compromise()));
            compromise.addClassName("slip-compromise");
            card.add(compromise);
        }
        if (!slip.thread().isEmpty()) {
            var thread = new Div();
            thread.addClassName("slip-thread");
            slip.thread().forEach(entry -> thread.add(threadEntry(entry)));
            card.add(thread);
        }
        if (slip.canRespond() || slip.canSettle() || slip.canReply()) {
            card.add(slipActions(slip));
        }
        return card;
    }

    private Component threadEntry(SlipEntryView entry) {
        var who = new Span(getTranslation("slip.entry." + entry.kind().name(), entry.author(),
                getTranslation("side." + entry.side().name()), Formats.dateTime(entry.createdAt(), getLocale(), zone)));
        who.addClassName("slip-entry-who");
        var item = new Div(who);
        if (!entry.body().isBlank()) {
            item.add(text(entry.body()));
        }
        item.addClassName("slip-entry");
        item.addClassName("side-" + entry.side().name().toLowerCase(java.util.Locale.ROOT));
        return item;
    }

    private Component slipActions(SlipView slip) {
        var comment = new TextArea(getTranslation(slip.canSettle() ? "slip.comment.or-compromise" : "slip.comment"));
        TextLimit.of(comment, 2000);
        comment.setWidthFull();
        slipComments.put(slip.id(), comment);
        var buttons = new Div();
        buttons.addClassName("slip-buttons");
        long programId = milestone.programId();
        long milestoneId = milestone.row().id();
        if (slip.canRespond()) {
            var acknowledge = new Button(getTranslation("slip.acknowledge"), e -> change(() -> slipService
                    .acknowledgeSlip(programId, milestoneId, slip.id(), slip.version(), comment.getValue()), comment));
            acknowledge.addThemeVariants(ButtonVariant.SUCCESS);
            var contest = new Button(getTranslation("slip.contest"), e -> {
                if (required(comment, "slip.error.contest-needs-comment")) {
                    change(() -> slipService.contestSlip(programId, milestoneId, slip.id(), slip.version(),
                            comment.getValue()), comment);
                }
            });
            contest.addThemeVariants(ButtonVariant.ERROR);
            buttons.add(acknowledge, contest);
        }
        if (slip.canSettle()) {
            var settle = new Button(getTranslation("slip.settle"), e -> {
                if (required(comment, "slip.error.compromise-needed")) {
                    change(() -> slipService.settleSlip(programId, milestoneId, slip.id(), slip.version(),
                            comment.getValue()), comment);
                }
            });
            settle.addThemeVariants(ButtonVariant.PRIMARY);
            buttons.add(settle);
        }
        if (slip.canReply()) {
            buttons.add(new Button(getTranslation("slip.reply"), e -> {
                if (required(comment, "validation.required")) {
                    change(() -> slipService.replyToSlip(programId, milestoneId, slip.id(), comment.getValue()),
                            comment);
                }
            }));
        }
        var actions = new Div(comment, buttons);
        actions.addClassName("slip-actions");
        return actions;
    }

    private boolean required(TextArea field, String messageKey) {
        var filled = !field.getValue().isBlank();
        field.setErrorMessage(filled ? null : getTranslation(messageKey));
        field.setInvalid(!filled);
        return filled;
    }

    private Component history(List<DateChangeView> history) {
        var grid = new Grid<DateChangeView>();
        grid.addClassName("milestone-history");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.addColumn(h -> Formats.dateTime(h.changedAt(), getLocale(), zone)).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DateChangeView::changedBy).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(h -> getTranslation("history.field." + h.field().name())).setHeader(getTranslation("history.what"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.fromDate() == null ? "" : Formats.date(h.fromDate(), getLocale()))
                .setHeader(getTranslation("history.from")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.toDate() == null ? "" : Formats.date(h.toDate(), getLocale()))
                .setHeader(getTranslation("history.to")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.cause() == null ? "" : getTranslation("slip.cause." + h.cause().name()))
                .setHeader(getTranslation("slip.cause")).setAutoWidth(true);
        grid.addColumn(h -> h.explanation() == null ? "" : h.explanation()).setHeader(getTranslation("slip.explanation"))
                .setFlexGrow(3);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        var card = Cards.titled(getTranslation("history.title"), grid);
        card.addClassName("history-card");
        return card;
    }

    /** User text as text, keeping the writer's line breaks. */
    private static Component text(String value) {
        var paragraph = new Paragraph(value);
        paragraph.addClassName("user-text");
        return paragraph;
    }

    private void change(SerializableSupplier<MilestoneDetails> action, TextArea field) {
        if (field != null && !TextLimit.of(field).within()) {
            return;
        }
        try {
            show(action.get());
        } catch (ConstraintViolationException e) {
            if (field != null) {
                ServiceErrors.show(this, e, field);
            } else {
                Notification.show(getTranslation("error.invalid"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        } catch (InvalidInputException e) {
            if (field != null) {
                field.setErrorMessage(ServiceErrors.message(this, e));
                field.setInvalid(true);
            } else {
                Notification.show(ServiceErrors.message(this, e), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        } catch (ConcurrentEditException e) {
            Notification.show(getTranslation("milestone.changed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
            MilestoneDetails current = e.current();
            var slipId = slipComments.entrySet().stream().filter(entry -> entry.getValue() == field)
                    .map(Map.Entry::getKey).findFirst();
            var typed = field == null ? "" : field.getValue();
            show(current);
            // Keep what the user typed: they decide whether it still applies to the changed milestone.
            slipId.map(slipComments::get).ifPresent(area -> area.setValue(typed));
        } catch (AccessDeniedException e) {
            Notification.show(getTranslation("milestone.not-allowed"), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return (milestone == null ? getTranslation("schedule.title") : milestone.row().title()) + " · CoHelm";
    }
}
