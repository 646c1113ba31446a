package com.cohelm.program.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ui.ActivityPages;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.program.ProgramActivity;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramOverview;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A program's overview: why both sides do this together, who leads on each side, who takes part, the
 * dates and the latest changes, with each feature's card among them (the schedule, health and feedback, how
 * fast each side responds; the next review in the heading). The features draw their own cards
 * ({@link ProgramCard}), so this page knows none of them.
 */
@Route("programs/:programId")
@PermitAll
public class ProgramView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programService;
    private final ProgramEditService editService;
    private final CurrentUserService currentUser;
    private final List<ProgramCard> cards;
    private ProgramDetails program;

    ProgramView(ProgramService programService, ProgramEditService editService, CurrentUserService currentUser,
            List<ProgramCard> cards) {
        this.programService = programService;
        this.editService = editService;
        this.currentUser = currentUser;
        this.cards = cards.stream().sorted(Comparator.comparingInt(ProgramCard::order)).toList();
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
        add(header());
        var parts = new ArrayList<Part>(List.of(
                new Part(ProgramCard.PURPOSE, ProgramCard.Place.ROW, () -> Optional.of(overview())),
                new Part(ProgramCard.TEAMS, ProgramCard.Place.ROW, () -> Optional.of(teams())),
                new Part(ProgramCard.LATEST, ProgramCard.Place.ROW,
                        () -> Optional.of(activity(overview.recentActivity())))));
        cards.stream().filter(card -> card.place() != ProgramCard.Place.HEADING)
                .forEach(card -> parts.add(new Part(card.order(), card.place(), () -> card.draw(program))));
        parts.sort(Comparator.comparingInt(Part::order));
        Div row = null;
        for (var part : parts) {
            var drawn = part.draw().get();
            if (drawn.isEmpty()) {
                continue;
            }
            if (part.place() != ProgramCard.Place.CARD) {
                row = null;
                add(drawn.get());
                continue;
            }
            // cards next to each other share a row, as health and feedback do: how the relationship stands
            // and what each side said about it
            if (row == null) {
                row = new Div();
                row.addClassName("card-row");
                add(row);
            }
            row.add(drawn.get());
        }
    }

    /** One part of the page below its heading: this page's own or a feature's card. */
    private record Part(int order, ProgramCard.Place place, Supplier<Optional<Component>> draw) {
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
        // The feature pages sit above program (they depend on it), so program may not know their classes.
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
        var activity = new Anchor(ActivityPages.programActivity(program.id()), getTranslation("program.activity-link"));
        activity.addClassName("activity-link");
        badges.add(goals, schedule, actions, feedback, reviews, activity);
        cards.stream().filter(card -> card.place() == ProgramCard.Place.HEADING)
                .forEach(card -> card.draw(program).ifPresent(badges::add));
        var heading = new Div(back, title, badges);
        heading.addClassName("program-heading");
        var header = new Div(heading);
        header.addClassName("program-header");
        if (program.canEdit()) {
            var edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ProgramFormDialog(editService, program, this::reload).open());
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
