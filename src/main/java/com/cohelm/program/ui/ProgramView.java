package com.cohelm.program.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionService;
import com.cohelm.action.ResponseFigure;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.health.HealthService;
import com.cohelm.program.ProgramActivity;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramOverview;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.ScheduleSummary;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A program's overview: why both sides do this together, who leads on each side, who takes part, the
 * dates, how fast each side responds and the latest changes.
 */
@Route("programs/:programId")
@PermitAll
public class ProgramView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programService;
    private final ScheduleQueries scheduleQueries;
    private final ActionService actionService;
    private final HealthService healthService;
    private final CurrentUserService currentUser;
    private final FeedbackService feedbackService;
    private final ReviewService reviewService;
    private ProgramDetails program;

    ProgramView(ProgramService programService, ScheduleQueries scheduleQueries, ActionService actionService,
            HealthService healthService, CurrentUserService currentUser, FeedbackService feedbackService,
            ReviewService reviewService) {
        this.programService = programService;
        this.scheduleQueries = scheduleQueries;
        this.actionService = actionService;
        this.healthService = healthService;
        this.currentUser = currentUser;
        this.feedbackService = feedbackService;
        this.reviewService = reviewService;
        addClassName("program-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Each card's service checks access to the program: within the scope it is decided once.
        try (var scope = ProgramReadScope.open()) {
            var programId = RouteIds.id(event, "programId");
            var found = programId.isPresent() ? programService.overview(programId.getAsLong())
                    : Optional.<ProgramOverview>empty();
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(found.get());
        }
    }

    private void show(ProgramOverview overview) {
        this.program = overview.details();
        removeAll();
        // health and feedback side by side: how the relationship stands and what each side said about it
        var relationship = new Div(health(), feedback());
        relationship.addClassName("card-row");
        add(header(), overview(), schedule(scheduleQueries.summary(program.id())), relationship, teams(),
                responsiveness(), activity(overview.recentActivity()));
    }

    /** After an edit: the saved program with its latest changes, the edit among them. */
    private void reload(ProgramDetails saved) {
        try (var scope = ProgramReadScope.open()) {
            programService.overview(saved.id()).ifPresent(this::show);
        }
    }

    private Component header() {
        var badges = new Div(ProgramBadges.status(program.status(), getTranslation("program.status." + program.status().name())),
                new Badge(program.customer().name()));
        badges.addClassName("program-badges");
        if (!program.canContribute()) {
            var readOnly = new Badge(getTranslation("program.read-only"), VaadinIcon.EYE.create());
            readOnly.addThemeVariants(BadgeVariant.CONTRAST);
            badges.add(readOnly);
        }
        var back = new RouterLink(getTranslation("program.back"), ProgramsView.class);
        back.addClassName("back-link");
        var title = new H2(program.name());
        title.addClassName("program-title");
        var goals = new Anchor("programs/" + program.id() + "/goals", getTranslation("program.goals"));
        goals.addClassName("goals-link");
        var schedule = new Anchor("programs/" + program.id() + "/schedule", getTranslation("program.schedule"));
        schedule.addClassName("schedule-link");
        var actions = new Anchor("programs/" + program.id() + "/actions", getTranslation("program.actions"));
        actions.addClassName("actions-link");
        var feedback = new Anchor("programs/" + program.id() + "/feedback", getTranslation("program.feedback"));
        feedback.addClassName("feedback-link");
        var reviews = new Anchor("programs/" + program.id() + "/reviews", getTranslation("program.reviews"));
        reviews.addClassName("reviews-link");
        var activity = new Anchor("programs/" + program.id() + "/activity", getTranslation("program.activity-link"));
        activity.addClassName("activity-link");
        badges.add(goals, schedule, actions, feedback, reviews, activity);
        reviewService.next(program.id()).ifPresent(next -> {
            var link = new Anchor("reviews/" + next.id(), getTranslation("program.next-review") + ": "
                    + getTranslation("program.next-review.value", next.title(),
                            Formats.dateTime(next.startsAt(), getLocale(), currentUser.require().timeZone())));
            link.addClassName("next-review-link");
            badges.add(link);
        });
        var heading = new Div(back, title, badges);
        heading.addClassName("program-heading");
        var header = new Div(heading);
        header.addClassName("program-header");
        if (program.canEdit()) {
            var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ProgramFormDialog(programService, program, this::reload).open());
            header.add(edit);
        }
        return header;
    }

    private Component overview() {
        var success = Cards.titled(getTranslation("program.success-definition"), new Paragraph(program.successDefinition()));
        success.addClassName("success-definition");
        var today = currentUser.today();
        var daysLeft = ChronoUnit.DAYS.between(today, program.targetEndDate());
        var dates = Cards.titled(getTranslation("program.dates"),
                Cards.fact(getTranslation("program.start"), Formats.date(program.startDate(), getLocale())),
                Cards.fact(getTranslation("program.target-end"), Formats.date(program.targetEndDate(), getLocale())),
                Cards.fact(getTranslation("program.days-left"), daysLeft >= 0
                        ? getTranslation("program.days-left.value", daysLeft)
                        : getTranslation("program.days-over.value", -daysLeft)));
        var leads = Cards.titled(getTranslation("program.leads"),
                Cards.labelled(getTranslation("program.supplier-lead"), new PersonLabel(program.supplierLead())),
                Cards.labelled(getTranslation("program.customer-lead"), new PersonLabel(program.customerLead())));
        var row = new Div(success, leads, dates);
        row.addClassName("card-row");
        return row;
    }

    /** Where the shared schedule stands, and the slips the two sides still disagree on. */
    private Component schedule(ScheduleSummary summary) {
        var base = "programs/" + program.id() + "/schedule";
        var next = summary.nextMilestone()
                .<Component>map(m -> {
                    var link = new Anchor(base + "/" + m.id(), getTranslation("program.schedule.next", m.title(),
                            Formats.date(m.plannedDate(), getLocale())));
                    var line = new Span(link, ProgramBadges.milestone(this, m.late(), m.daysSlipped()));
                    line.addClassName("next-milestone");
                    return line;
                })
                .orElseGet(() -> new Span(getTranslation("program.schedule.no-next")));
        var card = Cards.titled(getTranslation("program.schedule"), Cards.labelled(getTranslation("program.schedule.next-label"), next),
                Cards.fact(getTranslation("milestone.status.LATE"), String.valueOf(summary.counts().get(MilestoneStatus.LATE))),
                Cards.fact(getTranslation("milestone.status.SLIPPED"), String.valueOf(summary.counts().get(MilestoneStatus.SLIPPED))),
                Cards.fact(getTranslation("milestone.status.DONE"), String.valueOf(summary.counts().get(MilestoneStatus.DONE))));
        card.addClassName("schedule-summary");
        if (summary.rebaselinePending()) {
            card.add(new Anchor(base, getTranslation("program.schedule.rebaseline-pending")));
        }
        var contested = Cards.titled(getTranslation("slip.contested.title"));
        contested.addClassName("contested-slips");
        if (summary.contestedSlips().isEmpty()) {
            contested.add(new Paragraph(getTranslation("program.schedule.no-contested")));
        } else {
            var list = new UnorderedList();
            summary.contestedSlips().forEach(slip -> list.add(new ListItem(
                    new Anchor(base + "/" + slip.milestoneId(), slip.milestoneTitle()),
                    new Span(" " + getTranslation("slip.contested.summary", Formats.date(slip.fromDate(), getLocale()),
                            Formats.date(slip.toDate(), getLocale()), getTranslation("slip.cause." + slip.cause().name()))))));
            contested.add(list);
            contested.addClassName("has-contested");
        }
        var row = new Div(card, contested);
        row.addClassName("card-row");
        return row;
    }

    private Component teams() {
        var supplierName = program.supplierLead().organizationName();
        var row = new Div(
                teamCard(Side.SUPPLIER, supplierName, program.supplierMembers(), program.supplierLead()),
                teamCard(Side.CUSTOMER, program.customer().name(), program.customerMembers(), program.customerLead()));
        row.addClassName("card-row");
        return row;
    }

    /** One side's people, with the side named and coloured as everywhere else, and each one's part. */
    private Component teamCard(Side side, String organization, List<PersonSummary> members, PersonSummary lead) {
        var card = new Card();
        card.addClassName("team-card");
        var sideTag = new Span(getTranslation("side." + side.name()));
        sideTag.addClassNames("side-tag", "side-" + side.name().toLowerCase(Locale.ROOT));
        var title = new H3(getTranslation("program.team", organization));
        card.setTitle(title);
        card.setHeaderSuffix(sideTag);
        var list = new Div();
        list.addClassName("people-list");
        for (var person : members) {
            String note = person.id() == lead.id() ? getTranslation("program.role.lead")
                    : person.role() == Role.VIEWER ? getTranslation("program.role.viewer") : null;
            list.add(new PersonLabel(person, note));
        }
        card.add(list);
        return card;
    }

    /** How fast each side answers and closes, the same figures for both sides. */
    private Component responsiveness() {
        var sides = actionService.responsiveness(program.id());
        var row = new Div();
        row.addClassNames("card-row", "responsiveness");
        for (var side : sides) {
            var name = side.side() == Side.SUPPLIER ? program.supplierLead().organizationName()
                    : program.customer().name();
            var card = Cards.titled(getTranslation("program.responsiveness", name));
            card.addClassName("responsiveness-card");
            var sideTag = new Span(getTranslation("side." + side.side().name()));
            sideTag.addClassNames("side-tag", "side-" + side.side().name().toLowerCase(Locale.ROOT));
            card.setHeaderSuffix(sideTag);
            if (side.answering().isEmpty() && side.closing().isEmpty()) {
                card.add(new Paragraph(getTranslation("program.responsiveness.none")));
            } else {
                card.add(Cards.fact(getTranslation("program.responsiveness.answering"), figure(side.answering())),
                        Cards.fact(getTranslation("program.responsiveness.closing"), figure(side.closing())));
            }
            var window = new Span(getTranslation("program.responsiveness.window"));
            window.addClassName("fact-label");
            card.add(window);
            card.getElement().setAttribute("title", getTranslation("program.responsiveness.help"));
            row.add(card);
        }
        return row;
    }

    private String figure(ResponseFigure figure) {
        var median = figure.median().map(this::duration).orElse(getTranslation("program.responsiveness.no-median"));
        var share = figure.onTimeShare().map(NumberFormat.getPercentInstance(getLocale())::format).orElse("–");
        return getTranslation("program.responsiveness.figure", median, share, figure.responded(), figure.overdueOpen());
    }

    /** Hours under two days, days with one decimal beyond. */
    private String duration(Duration duration) {
        var hours = duration.toMinutes() / 60.0;
        var number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return hours < 48 ? getTranslation("program.responsiveness.hours", number.format(hours))
                : getTranslation("program.responsiveness.days", number.format(hours / 24));
    }

    /** Feedback both ways in brief: what is still open, criticism first, and the latest revealed pulse. */
    private Component feedback() {
        var summary = feedbackService.summary(program.id());
        var card = Cards.titled(getTranslation("program.feedback.title"),
                new Paragraph(getTranslation("program.feedback.open", summary.openItems(), summary.openCriticism())));
        card.addClassName("feedback-summary");
        var latest = summary.latest();
        var supplier = program.supplierLead().organizationName();
        String pulse;
        if (latest == null) {
            pulse = getTranslation("program.feedback.no-pulse");
        } else if (latest.customerAverage() == null && latest.supplierAverage() == null) {
            // Neither side had enough answers to show anything (see the feedback page for the counts).
            pulse = getTranslation("program.feedback.latest.too-few", Formats.period(latest.title(), getLocale()));
        } else {
            pulse = getTranslation("program.feedback.latest", Formats.period(latest.title(), getLocale()),
                    program.customer().name(), supplier, rating(latest.customerAverage()),
                    rating(latest.supplierAverage()), latest.netPromoterScore() == null ? "–"
                            : (latest.netPromoterScore() > 0 ? "+" : "") + latest.netPromoterScore());
        }
        card.add(new Paragraph(pulse));
        card.add(new Anchor("programs/" + program.id() + "/feedback", getTranslation("program.feedback")));
        return card;
    }

    private String rating(Double value) {
        if (value == null) {
            return "–";
        }
        var number = NumberFormat.getNumberInstance(getLocale());
        number.setMinimumFractionDigits(1);
        number.setMaximumFractionDigits(1);
        return number.format(value);
    }

    /** Relationship health, the same on both sides: the score, who carries the relationship, the breakdown. */
    private Component health() {
        var health = healthService.score(program.id());
        var score = new Badge(health.score().isPresent() ? String.valueOf(health.score().getAsInt())
                : getTranslation("health.no-data"));
        score.addThemeVariants(switch (health.band()) {
            case HEALTHY -> BadgeVariant.SUCCESS;
            case WATCH -> BadgeVariant.WARNING;
            case AT_RISK -> BadgeVariant.ERROR;
            case NO_DATA -> BadgeVariant.CONTRAST;
        });
        score.addClassName("health-score");
        var balance = health.balance();
        var carrier = balance.carrier().map(side -> getTranslation("health.carried-by",
                        side == Side.SUPPLIER ? program.supplierLead().organizationName() : program.customer().name()))
                .orElse(getTranslation(balance.supplier().isPresent() && balance.customer().isPresent()
                        ? "health.carried-evenly" : "health.balance.unknown"));
        var breakdown = new Anchor("programs/" + program.id() + "/health", getTranslation("program.health.open"));
        breakdown.addClassName("health-link");
        var card = Cards.titled(getTranslation("program.health"), score,
                new Span(getTranslation("health.band." + health.band().name())), new Paragraph(carrier), breakdown);
        card.addClassName("health-card");
        return card;
    }

    private Component activity(List<ProgramActivity> events) {
        var list = new UnorderedList();
        list.addClassName("activity-list");
        var user = currentUser.require();
        for (ProgramActivity event : events) {
            var when = new Span(Formats.dateTime(event.occurredAt(), getLocale(), user.timeZone()));
            when.addClassName("activity-time");
            // A pulse is named by its day, month or quarter: in the reader's language, like every date.
            var subject = event.kind().name().startsWith("PULSE_")
                    ? Formats.period(event.subjectLabel(), getLocale()) : event.subjectLabel();
            list.add(new ListItem(new Span(getTranslation("activity." + event.kind().name(),
                    event.actorName(), subject)), when));
        }
        if (events.isEmpty()) {
            return Cards.titled(getTranslation("program.activity"), new Paragraph(getTranslation("program.activity.empty")));
        }
        return Cards.titled(getTranslation("program.activity"), list);
    }

    @Override
    public String getPageTitle() {
        return (program == null ? getTranslation("programs.title") : program.name()) + " · CoHelm";
    }
}
