package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.action.HomeActions;
import com.cohelm.action.MyActions;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.program.HomeSection;
import com.cohelm.program.ProgramSummary;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.spring.annotation.SpringComponent;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/**
 * The home page's share of the action plan: the questions waiting for my answer (answered right there), my
 * open actions, and on each program's card what each side still has open; all from one read.
 */
@SpringComponent
class ActionHomeSection implements HomeSection {

    /** Actions and questions shown on the home page; "My actions" has them all. */
    static final int HOME_ITEMS = 5;

    private final ActionService actionService;
    private final MyActions myActions;
    private final CurrentUserService currentUser;

    ActionHomeSection(ActionService actionService, MyActions myActions, CurrentUserService currentUser) {
        this.actionService = actionService;
        this.myActions = myActions;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 200;
    }

    /** After the schedule's next milestone. */
    @Override
    public int programCardOrder() {
        return 200;
    }

    @Override
    public Share read(HomePage page) {
        var actions = myActions.home(page.programs().stream().map(ProgramSummary::id).toList(), HOME_ITEMS);
        var viewer = currentUser.require().isViewer();
        return new Share() {
            @Override
            public List<Component> sections() {
                return List.of(new Questions(actions, actionService, page.refresh()), new MyOpenActions(actions, viewer));
            }

            @Override
            public List<Component> programCardLines(ProgramSummary program) {
                return List.of(new OpenItems(program.id(), actions));
            }
        };
    }

    private static Badge overdue(Component owner) {
        var badge = new Badge(owner.getTranslation("actions.overdue"));
        badge.addThemeVariants(BadgeVariant.ERROR);
        return badge;
    }

    /** The questions waiting for my answer, oldest due first. */
    private static final class Questions extends HomeSection.Block {

        private final ActionService actionService;
        private final SerializableRunnable refresh;

        Questions(HomeActions actions, ActionService actionService, SerializableRunnable refresh) {
            super("home-questions", "home.questions");
            this.actionService = actionService;
            this.refresh = refresh;
            if (actions.myQuestions().isEmpty()) {
                add(empty(getTranslation("home.questions.empty")));
                return;
            }
            var list = new Div();
            list.addClassName("home-list");
            actions.myQuestions().forEach(question -> list.add(questionCard(question)));
            add(list);
            if (actions.myQuestionsTotal() > actions.myQuestions().size()) {
                add(new Anchor("my-actions", getTranslation("home.actions.all", actions.myQuestionsTotal())));
            }
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
                card.setHeaderSuffix(overdue(this));
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
            refresh.run();
        }
    }

    /** My open actions, overdue first (questions are above). */
    private static final class MyOpenActions extends HomeSection.Block {

        MyOpenActions(HomeActions actions, boolean viewer) {
            super("home-actions", "home.actions");
            if (actions.myActions().isEmpty()) {
                // a viewer is not told to add actions they may not add
                add(empty(getTranslation(viewer ? "home.actions.empty.read" : "home.actions.empty")));
                return;
            }
            var list = new Div();
            list.addClassName("home-list");
            for (var action : actions.myActions()) {
                var title = new Anchor(Routes.address(ActionsView.class, action.programId()), action.title());
                title.addClassName("home-item-title");
                var meta = new Span(getTranslation("home.action.meta", action.programName(),
                        Formats.date(action.dueDate(), getLocale())));
                meta.addClassName("home-item-meta");
                var status = new Badge(getTranslation("actions.status." + action.status().name()));
                var row = new Div(title, meta, status);
                if (action.overdue()) {
                    row.add(overdue(this));
                }
                row.addClassName("home-action");
                list.add(row);
            }
            add(list, new Anchor("my-actions", getTranslation("home.actions.all", actions.myActionsTotal())));
        }
    }

    /** On a program's card: its open items per side, a link to its action plan. */
    private static final class OpenItems extends Anchor {

        OpenItems(long programId, HomeActions actions) {
            var open = actions.open(programId);
            setHref(Routes.address(ActionsView.class, programId));
            setText(getTranslation("home.open-items", open.supplier(), open.customer()));
            addClassName("open-items");
        }
    }
}
