package com.cohelm.goal.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.base.ui.Routes;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalSummary;
import com.cohelm.goal.GoalsOverview;
import com.cohelm.program.ProgramReadScope;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ui.ProgramPages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** Every joint goal of a program: who owns it on each side, how far the KPI has come, and its status. */
@Route("programs/:programId/goals")
@PermitAll
public class GoalsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GoalService goalService;
    private final ProgramService programService;
    private GoalsOverview overview;

    GoalsView(GoalService goalService, ProgramService programService) {
        this.goalService = goalService;
        this.programService = programService;
        addClassName("goals-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A program the reader may not see is this page's not-found, recorded with its address (as on the program
        // page); within the scope the goals' own access check answers from what was found.
        Optional<GoalsOverview> found;
        try (var scope = ProgramReadScope.open()) {
            found = RouteIds.find(event, "programId",
                    programId -> programService.find(programId).map(program -> goalService.goals(programId)));
        }
        found.ifPresent(this::show);
    }

    private void show(GoalsOverview goals) {
        this.overview = goals;
        removeAll();
        var back = new Anchor(ProgramPages.program(goals.programId()), goals.programName());
        back.addClassName("back-link");
        var title = new H2(getTranslation("goals.title"));
        title.addClassName("program-title");
        var header = new Div(new Div(back, title));
        header.addClassName("program-header");
        if (goals.canCreate()) {
            var create = new Button(getTranslation("goals.new"), VaadinIcon.PLUS.create(),
                    e -> new GoalFormDialog(goalService, goals.programId(), null,
                            saved -> getUI().ifPresent(ui -> ui.navigate(
                                    Routes.address(GoalView.class, goals.programId(), saved.summary().id())))).open());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            header.add(create);
        }
        add(header);
        if (goals.goals().isEmpty()) {
            var empty = new Paragraph(getTranslation(goals.canCreate() ? "goals.empty.lead" : "goals.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        var cards = new Div();
        cards.addClassName("goal-cards");
        goals.goals().forEach(goal -> cards.add(card(goal)));
        add(cards);
    }

    private Component card(GoalSummary goal) {
        var card = new Card();
        card.addClassName("goal-card");
        var title = new Anchor(Routes.address(GoalView.class, overview.programId(), goal.id()), goal.title());
        title.addClassName("goal-card-title");
        card.setTitle(title);
        var statuses = new Div(GoalBadges.status(this, goal.status()));
        goal.differingSuggestion().ifPresent(s -> statuses.add(GoalBadges.suggested(this, s)));
        statuses.addClassName("goal-statuses");
        card.setHeaderSuffix(statuses);

        var kpi = goal.kpi();
        var progress = new ProgressBar(0, 1, goal.progress());
        progress.getElement().setAttribute("aria-label", getTranslation("goal.progress.label", kpi.metric()));
        var latest = goal.latest()
                .map(point -> getTranslation("goal.latest", GoalText.number(point.value(), getLocale()), kpi.unit(),
                        Formats.date(point.date(), getLocale())))
                .orElse(getTranslation("goal.no-measurement"));
        var scale = new Span(getTranslation("goal.scale", kpi.metric(), GoalText.number(kpi.baseline(), getLocale()),
                GoalText.number(kpi.target(), getLocale()), kpi.unit(), Formats.date(kpi.targetDate(), getLocale())));
        scale.addClassName("goal-scale");
        var latestText = new Span(latest);
        latestText.addClassName("goal-latest");
        var owners = new Div(new PersonLabel(goal.supplierOwner(), getTranslation("goal.owner")),
                new PersonLabel(goal.customerOwner(), getTranslation("goal.owner")));
        owners.addClassName("goal-owners");
        card.add(scale, progress, latestText, owners);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("goals.title") + (overview == null ? "" : " · " + overview.programName()) + " · CoHelm";
    }
}
