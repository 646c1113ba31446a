package com.cohelm.program.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.HomeActions;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.ui.Formats;
import com.cohelm.program.ProgramFilter;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramSummary;
import com.cohelm.schedule.HomeSchedule;
import com.cohelm.schedule.MilestoneStatus;
import com.cohelm.schedule.ScheduleService;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where everyone lands after signing in: what is due. The questions waiting for my answer (answered
 * right here), my open actions, then my programs with what each side still has open. Each section is
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

    private final ProgramService programService;
    private final ActionService actionService;
    private final ScheduleService scheduleService;
    private final CurrentUser user;

    HomeView(ProgramService programService, ActionService actionService, ScheduleService scheduleService,
            CurrentUserService currentUserService) {
        this.programService = programService;
        this.actionService = actionService;
        this.scheduleService = scheduleService;
        this.user = currentUserService.require();
        addClassName("home-view");
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("home.greeting", user.displayName().split(" ")[0])));
        var total = programService.count(ProgramFilter.none());
        var programs = programService.list(ProgramFilter.none(),
                PageRequest.of(0, PROGRAM_CARDS, Sort.by("targetEndDate", "name")));
        var actions = actionService.home(programs.stream().map(ProgramSummary::id).toList(), HOME_ITEMS);
        var schedule = scheduleService.home(MILESTONE_DAYS, MILESTONES);
        if (!programs.isEmpty()) {
            add(questions(actions), myActions(actions), milestones(schedule));
        }
        add(programs(programs, total, actions, schedule));
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
            answer.setMaxLength(4000);
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
        try {
            actionService.answer(question.programId(), question.id(), question.version(), answer.getValue());
            Notification.show(getTranslation("actions.answered"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
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
            var row = new Div(title, meta);
            if (milestone.status() == MilestoneStatus.LATE) {
                var late = new Badge(getTranslation("milestone.status.LATE"));
                late.addThemeVariants(BadgeVariant.ERROR);
                row.add(late);
            }
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
            link.addClassName("next-milestone");
            card.add(link);
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
