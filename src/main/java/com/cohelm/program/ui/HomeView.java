package com.cohelm.program.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.HomeSection;
import com.cohelm.program.ProgramFilter;
import com.cohelm.program.ProgramReadScope;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Where everyone lands after signing in: what is due. Each feature draws its own sections ({@link HomeSection}):
 * what is waiting on me and on the other side (the digest's lists), the questions waiting for my answer
 * (answered right here), my open actions, the milestones due soon; then my programs, each card with its
 * leads and target date and what the features add to it (the next milestone, what each side has open).
 */
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int PROGRAM_CARDS = 12;

    private final ProgramService programService;
    private final List<HomeSection> sections;
    private final CurrentUser user;

    HomeView(ProgramService programService, List<HomeSection> sections, CurrentUserService currentUserService) {
        this.programService = programService;
        this.sections = sections.stream().sorted(Comparator.comparingInt(HomeSection::order)).toList();
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
        // Someone in no program has nothing due: only the way to a first program.
        List<Shared> shares = List.of();
        if (!programs.isEmpty()) {
            var page = new HomeSection.HomePage(programs, this::show);
            shares = sections.stream().map(section -> new Shared(section, section.read(page))).toList();
            shares.forEach(shared -> shared.share().sections().forEach(this::add));
        }
        add(programs(programs, total, shares.stream()
                .sorted(Comparator.comparingInt(shared -> shared.section().programCardOrder()))
                .map(Shared::share).toList()));
    }

    /** A feature's share of this page, and the feature. */
    private record Shared(HomeSection section, HomeSection.Share share) {
    }

    private Component programs(List<ProgramSummary> programs, long total, List<HomeSection.Share> shares) {
        var section = new ProgramsSection();
        if (programs.isEmpty()) {
            section.add(emptyState());
            return section;
        }
        var cards = new Div();
        cards.addClassName("program-cards");
        programs.forEach(p -> cards.add(programCard(p, shares)));
        section.add(cards);
        if (total > programs.size()) {
            section.add(new Anchor("programs", getTranslation("home.all-programs", total)));
        }
        return section;
    }

    private static final class ProgramsSection extends HomeSection.Block {

        ProgramsSection() {
            super("home-programs", "home.programs");
        }
    }

    private Component programCard(ProgramSummary program, List<HomeSection.Share> shares) {
        var card = new Card();
        card.addClassName("program-card");
        var title = new Anchor(Routes.address(ProgramView.class, program.id()), program.name());
        title.addClassName("program-card-title");
        card.setTitle(title);
        card.setSubtitle(new Span(program.customerName()));
        card.setHeaderSuffix(ProgramBadges.status(program.status(), getTranslation("program.status." + program.status().name())));
        card.add(new Paragraph(getTranslation("home.leads", program.supplierLead().displayName(),
                program.customerLead().displayName())));
        card.add(new Paragraph(getTranslation("home.target-end", Formats.date(program.targetEndDate(), getLocale()))));
        shares.forEach(share -> share.programCardLines(program).forEach(card::add));
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

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · CoHelm";
    }
}
