package com.cohelm.review.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.RowCard;
import com.cohelm.program.ui.ProgramPages;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewState;
import com.cohelm.review.ReviewSummary;
import com.cohelm.review.ReviewsPage;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;

/**
 * A program's review meetings, latest first, loaded page by page; members schedule a new one here.
 * Times are shown in the reader's time zone.
 */
@Route("programs/:programId/reviews")
@PermitAll
public class ReviewsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviewService;
    private final CurrentUserService currentUser;
    private final Grid<ReviewSummary> grid = new Grid<>();
    private ReviewsPage page;

    ReviewsView(ReviewService reviewService, CurrentUserService currentUser) {
        this.reviewService = reviewService;
        this.currentUser = currentUser;
        addClassName("reviews-view");
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.load(event, "programId", reviewService::page);
        if (found.isEmpty()) {
            return;
        }
        page = found.get();
        show();
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("review.list.title")
                : getTranslation("review.list.page-title", page.programName());
    }

    private void show() {
        removeAll();
        var back = new Anchor(ProgramPages.program(page.programId()), page.programName());
        back.addClassName("back-link");
        var title = new H2(getTranslation("review.list.title"));
        var heading = new Div(back, title);
        heading.addClassName("program-heading");
        var header = new Div(heading);
        header.addClassName("program-header");
        if (page.canSchedule()) {
            var schedule = new Button(getTranslation("review.list.schedule"), VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> new ReviewFormDialog(reviewService, page.programId(), page.supplierPeople(),
                            page.customerPeople(), currentUser.require(), currentUser.today(), null,
                            saved -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                                    new RouteParameters("reviewId", String.valueOf(saved.id()))))).open());
            schedule.addThemeVariants(ButtonVariant.PRIMARY);
            schedule.addClassName("schedule-review");
            header.add(schedule);
        }
        var programId = page.programId();
        grid.setEmptyStateText(getTranslation(page.canSchedule() ? "review.list.empty" : "review.list.empty.read"));
        grid.setItems(DataProvider.fromCallbacks(
                query -> reviewService.reviews(programId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                (Query<ReviewSummary, Void> query) -> (int) reviewService.count(programId)));
        add(header, grid);
    }

    /** Once per view: the same view shows another program's reviews when only the address changes. */
    private void configureGrid() {
        grid.addComponentColumn(this::link).setHeader(getTranslation("review.list.column.title")).setFlexGrow(3);
        grid.addColumn(this::when)
                .setHeader(getTranslation("review.list.column.when", currentUser.require().timeZone().getId()))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> stateBadge(this, r.state()))
                .setHeader(getTranslation("review.list.column.state"));
        grid.addColumn(ReviewSummary::attendeeCount).setHeader(getTranslation("review.list.column.attendees"));
        PhoneLayout.cardsOnPhone(grid, getTranslation("review.list.title"), r -> new RowCard(link(r))
                .meta(when(r)).line(stateBadge(this, r.state()))
                .fact(getTranslation("review.list.column.attendees"), String.valueOf(r.attendeeCount())));
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("reviews-grid");
        grid.setWidthFull();
    }

    private Anchor link(ReviewSummary review) {
        return new Anchor(Routes.address(ReviewView.class, review.id()), review.title());
    }

    private String when(ReviewSummary review) {
        return Formats.dateTime(review.startsAt(), getLocale(), currentUser.require().timeZone());
    }

    static Badge stateBadge(Component owner, ReviewState state) {
        var badge = new Badge(owner.getTranslation("review.state." + state.name()));
        badge.addClassName("review-state");
        if (state == ReviewState.OPEN) {
            badge.addThemeVariants(BadgeVariant.SUCCESS);
        } else if (state == ReviewState.CLOSED) {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }
}
