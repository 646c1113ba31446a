package com.cohelm.program.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.program.ProgramFilter;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramSummary;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where everyone lands after signing in: the programs they take part in, and what to do next.
 * Later features add open actions, upcoming milestones and the latest feedback.
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int PROGRAM_CARDS = 12;

    HomeView(ProgramService programService, CurrentUserService currentUserService) {
        addClassName("home-view");
        var user = currentUserService.require();
        add(new H2(getTranslation("home.greeting", user.displayName().split(" ")[0])));

        var total = programService.count(ProgramFilter.none());
        var programs = programService.list(ProgramFilter.none(),
                PageRequest.of(0, PROGRAM_CARDS, Sort.by("targetEndDate", "name")));
        var heading = new H3(getTranslation("home.programs"));
        add(heading);
        if (programs.isEmpty()) {
            add(emptyState(user));
            return;
        }
        var cards = new Div();
        cards.addClassName("program-cards");
        programs.forEach(p -> cards.add(programCard(p)));
        add(cards);
        if (total > programs.size()) {
            add(new Anchor("programs", getTranslation("home.all-programs", total)));
        }
    }

    private Component programCard(ProgramSummary program) {
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
        return card;
    }

    private Component emptyState(CurrentUser user) {
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

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · CoHelm";
    }
}
