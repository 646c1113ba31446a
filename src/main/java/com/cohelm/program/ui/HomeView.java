package com.cohelm.program.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.HomeActions;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.notification.NotificationService;
import com.cohelm.notification.WaitingItem;
import com.cohelm.program.ProgramFilter;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramSummary;
import com.cohelm.schedule.HomeSchedule;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where everyone lands after signing in: what is due. What is waiting on me and on the other side (the
 * digest's lists), the questions waiting for my answer (answered right here), my open actions, then my programs with what each side still has open. Each section is
 * one method that reads from its feature's service and says what to do next when it is empty; later
 * features add theirs (the latest feedback) the same way, as the schedule added its milestones due soon.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int PROGRAM_CARDS = 12;
    /** Actions and questions shown on the home page; "My actions" has them all. */
    static final int HOME_ITEMS = 5;
    /** How far ahead the home page looks for milestones. */
    static final int MILESTONE_DAYS = 14;
    static final int MILESTONES = 8;
    /** Lines of "waiting on you" shown; the rest are mostly actions and questions, all on "My actions". */
    static final int HOME_WAITING = 10;

    private final ProgramService programService;
    private final ActionService actionService;
    private final ScheduleQueries scheduleQueries;
    private final NotificationService notificationService;
    private final CurrentUser user;

    HomeView(ProgramService programService, ActionService actionService, ScheduleQueries scheduleQueries,
            NotificationService notificationService, CurrentUserService currentUserService) {
        this.programService = programService;
        this.actionService = actionService;
        this.scheduleQueries = scheduleQueries;
        this.notificationService = notificationService;
        this.user = currentUserService.require();
        addClassName("home-view");
        show();
    }

    /** Each section reads through its own feature's service; within one scope they read my programs once. */
    private void show() {
        try (var scope = ProgramReadScope.open()) {
            render();
        }
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("home.greeting", user.displayName().split(" ")[0])));
        var total = programService.count(ProgramFilter.none());
        var programs = programService.list(ProgramFilter.none(),
                PageRequest.of(0, PROGRAM_CARDS, Sort.by("targetEndDate", "name")));
        var actions = actionService.home(programs.stream().map(ProgramSummary::id).toList(), HOME_ITEMS);
        var schedule = scheduleQueries.home(MILESTONE_DAYS, MILESTONES);
        if (!programs.isEmpty()) {
            var waiting = notificationService.waitingOnMe();
            add(waiting("home-waiting", getTranslation("home.waiting.you-owe"), "you-owe", waiting.youOwe(),
                    getTranslation("home.waiting.you-owe.empty")));
            if (!waiting.owedToYou().isEmpty()) {
                add(waiting("home-waiting-other-side", getTranslation("home.waiting.owed-to-you"), "owed-to-you",
                        waiting.owedToYou(), null));
            }
            add(questions(actions), myActions(actions), milestones(schedule));
        }
        add(programs(programs, total, actions, schedule));
    }

    /**
     * What waits on me (or on the other side for me), read by the same query as the digest's "waiting on you":
     * a heading and a list, longest waiting first, each line a link to the thing with its program and since
     * when (or its due date).
     */
    private Component waiting(String className, String title, String direction, List<WaitingItem> items,
            String emptyText) {
        var section = section(className, title);
        if (items.isEmpty()) {
            section.add(empty(emptyText));
            return section;
        }
        var sorted = items.stream().sorted(Comparator.comparing(WaitingItem::since)).toList();
        var list = new UnorderedList();
        list.addClassName("waiting-list");
        for (var item : firstOfEachKindThenOldest(sorted)) {
            var kind = new Span(getTranslation("home.waiting." + direction + "." + item.kind().name()));
            kind.addClassName("waiting-kind");
            var link = new Anchor(item.link(), item.title());
            link.addClassName("home-item-title");
            var meta = new Span(item.due() != null
                    ? getTranslation("home.waiting.meta.due", item.programName(), Formats.date(item.due(), getLocale()))
                    : getTranslation("home.waiting.meta.since", item.programName(),
                            Formats.date(LocalDate.ofInstant(item.since(), user.timeZone()), getLocale())));
            meta.addClassName("home-item-meta");
            var what = new Div(link, meta);
            what.addClassName("waiting-what");
            var line = new ListItem(kind, what);
            line.addClassName("waiting-item");
            list.add(line);
        }
        section.add(list);
        if (sorted.size() > HOME_WAITING) {
            section.add(new Anchor("my-actions", getTranslation("home.waiting.more", sorted.size() - HOME_WAITING)));
        }
        return section;
    }

    /**
     * At most {@link #HOME_WAITING} lines, longest waiting first, and never all of one kind while another
     * waits too: the oldest of each kind is always among them (ten overdue items must not hide a re-baseline).
     */
    static List<WaitingItem> firstOfEachKindThenOldest(List<WaitingItem> oldestFirst) {
        var shown = new java.util.LinkedHashSet<WaitingItem>();
        oldestFirst.stream().collect(java.util.stream.Collectors.toMap(WaitingItem::kind, item -> item, (a, b) -> a))
                .values().forEach(shown::add);
        for (var item : oldestFirst) {
            if (shown.size() >= HOME_WAITING) {
                break;
            }
            shown.add(item);
        }
        return shown.stream().sorted(Comparator.comparing(WaitingItem::since)).limit(HOME_WAITING).toList();
    }

    private Component questions(HomeActions actions) {
        var section = section("home-questions", getTranslation("home.questions"));
        if (actions.myQuestions().isEmpty()) {
            section.add(empty(getTranslation("home.questions.empty")));
            return section;
        }
        var list = new Div();
        list.addClassName("home-list");
        actions.myQuestions().forEach(question -> list.add(questionCard(question)));
        section.add(list);
        if (actions.myQuestionsTotal() > actions.myQuestions().size()) {
            section.add(new Anchor("my-actions", getTranslation("home.actions.all", actions.myQuestionsTotal())));
        }
        return section;
    }

    /** The question, and where the reader may answer it, the answer in place: it closes the question. */
    private Component questionCard(ActionItemView question) {
        var card = new Card();
        card.addClassName("question-card");
        var title = new Span(question.title());
        title.addClassName("home-item-title");
        card.setTitle(title);
        card.setSubtitle(new Span(getTranslation("home.question.meta", question.programName(),
                question.askedBy().displayName(), Formats.date(question.dueDate(), getLocale()))));
        if (question.overdue()) {
            card.setHeaderSuffix(overdue());
        }
        if (question.details() != null) {
            card.add(new Paragraph(question.details()));
        }
        if (question.mayAnswer()) {
            var answer = new TextArea(getTranslation("actions.answer.text"));
            TextLimit.of(answer, 4000);
            answer.setWidthFull();
            var send = new Button(getTranslation("actions.answer.send"), e -> answer(question, answer));
            send.addThemeVariants(ButtonVariant.PRIMARY);
            card.add(answer);
            card.addToFooter(send);
        }
        return card;
    }

    private void answer(ActionItemView question, TextArea answer) {
        if (answer.getValue().isBlank()) {
            answer.setErrorMessage(getTranslation("validation.required"));
            answer.setInvalid(true);
            return;
        }
        if (!TextLimit.of(answer).within()) {
            return;
        }
        try {
            actionService.answer(question.programId(), question.id(), question.version(), answer.getValue());
            Notification.show(getTranslation("actions.answered"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidInputException | ConstraintViolationException e) {
            ServiceErrors.show(this, e, answer); // what was typed stays, with the message at it
            return;
        } catch (ConcurrentEditException e) {
            // Answered or changed by someone else meanwhile: the page shows the question as it is now.
            Notification.show(getTranslation("actions.conflict"), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.WARNING);
        }
        show();
    }

    private Component myActions(HomeActions actions) {
        var section = section("home-actions", getTranslation("home.actions"));
        if (actions.myActions().isEmpty()) {
            // a viewer is not told to add actions they may not add
            section.add(empty(getTranslation(user.isViewer() ? "home.actions.empty.read" : "home.actions.empty")));
            return section;
        }
        var list = new Div();
        list.addClassName("home-list");
        for (var action : actions.myActions()) {
            var title = new Anchor("programs/" + action.programId() + "/actions", action.title());
            title.addClassName("home-item-title");
            var meta = new Span(getTranslation("home.action.meta", action.programName(),
                    Formats.date(action.dueDate(), getLocale())));
            meta.addClassName("home-item-meta");
            var status = new Badge(getTranslation("actions.status." + action.status().name()));
            var row = new Div(title, meta, status);
            if (action.overdue()) {
                row.add(overdue());
            }
            row.addClassName("home-action");
            list.add(row);
        }
        section.add(list, new Anchor("my-actions", getTranslation("home.actions.all", actions.myActionsTotal())));
        return section;
    }

    /** Open milestones due in the next two weeks, and those already late: what both sides must deliver now. */
    private Component milestones(HomeSchedule schedule) {
        var section = section("home-milestones", getTranslation("home.milestones", MILESTONE_DAYS));
        if (schedule.dueSoon().isEmpty()) {
            section.add(empty(getTranslation("home.milestones.empty", MILESTONE_DAYS)));
            return section;
        }
        var list = new Div();
        list.addClassName("home-list");
        for (var milestone : schedule.dueSoon()) {
            var title = new Anchor("programs/" + milestone.programId() + "/schedule/" + milestone.milestoneId(),
                    milestone.title());
            title.addClassName("home-item-title");
            var meta = new Span(getTranslation("home.milestone.meta", milestone.programName(),
                    getTranslation("milestone.owner-side." + milestone.ownerSide().name()),
                    Formats.date(milestone.plannedDate(), getLocale())));
            meta.addClassName("home-item-meta");
            var row = new Div(title, meta, ProgramBadges.milestone(this,
                    milestone.status() == MilestoneStatus.LATE, milestone.daysSlipped()));
            row.addClassName("home-action");
            list.add(row);
        }
        section.add(list);
        return section;
    }

    private Component programs(List<ProgramSummary> programs, long total, HomeActions actions,
            HomeSchedule schedule) {
        var section = section("home-programs", getTranslation("home.programs"));
        if (programs.isEmpty()) {
            section.add(emptyState());
            return section;
        }
        var cards = new Div();
        cards.addClassName("program-cards");
        programs.forEach(p -> cards.add(programCard(p, actions, schedule)));
        section.add(cards);
        if (total > programs.size()) {
            section.add(new Anchor("programs", getTranslation("home.all-programs", total)));
        }
        return section;
    }

    private Component programCard(ProgramSummary program, HomeActions actions, HomeSchedule schedule) {
        var card = new Card();
        card.addClassName("program-card");
        var title = new Anchor("programs/" + program.id(), program.name());
        title.addClassName("program-card-title");
        card.setTitle(title);
        card.setSubtitle(new Span(program.customerName()));
        card.setHeaderSuffix(ProgramBadges.status(program.status(), getTranslation("program.status." + program.status().name())));
        card.add(new Paragraph(getTranslation("home.leads", program.supplierLead().displayName(),
                program.customerLead().displayName())));
        card.add(new Paragraph(getTranslation("home.target-end", Formats.date(program.targetEndDate(), getLocale()))));
        var next = schedule.nextByProgram().get(program.id());
        if (next == null) {
            card.add(new Paragraph(getTranslation("program.schedule.no-next")));
        } else {
            var link = new Anchor("programs/" + program.id() + "/schedule/" + next.id(),
                    getTranslation("home.next-milestone", next.title(), Formats.date(next.plannedDate(), getLocale())));
            var line = new Div(link, ProgramBadges.milestone(this, next.late(), next.daysSlipped()));
            line.addClassName("next-milestone");
            card.add(line);
        }
        var open = actions.open(program.id());
        var openItems = new Anchor("programs/" + program.id() + "/actions",
                getTranslation("home.open-items", open.supplier(), open.customer()));
        openItems.addClassName("open-items");
        card.add(openItems);
        return card;
    }

    private Component emptyState() {
        var empty = new Div();
        empty.addClassName("empty-state");
        if (user.isSupplierAdmin()) {
            empty.add(new Paragraph(getTranslation("home.empty.admin")));
            var create = new Button(getTranslation("programs.new"),
                    e -> getUI().ifPresent(ui -> ui.navigate(ProgramsView.class)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            empty.add(create);
        } else if (user.isSupplier()) {
            empty.add(new Paragraph(getTranslation("home.empty.supplier")));
        } else {
            empty.add(new Paragraph(getTranslation("home.empty.customer")));
        }
        return empty;
    }

    private static Div section(String className, String title) {
        var section = new Div(new H3(title));
        section.addClassNames("home-section", className);
        return section;
    }

    private static Paragraph empty(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("empty-state");
        return paragraph;
    }

    private Badge overdue() {
        var badge = new Badge(getTranslation("actions.overdue"));
        badge.addThemeVariants(BadgeVariant.ERROR);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · CoHelm";
    }
}
