package com.cohelm.activity.ui;

import com.cohelm.activity.ActivityFeed;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.FeedEntry;
import com.cohelm.activity.FeedFilter;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.FilterToggle;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.RowCard;
import com.cohelm.activity.FeedAccess.FeedProgram;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program's activity feed for its members: every change, newest first, loaded as the reader scrolls.
 * Filtered by kind and by the side of who acted; customer readers never get supplier-internal events
 * (the service leaves them out).
 */
@Route("programs/:programId/activity")
@PermitAll
public class ProgramActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ActivityFeed feed;
    private final CurrentUserService currentUser;
    private final MultiSelectComboBox<ActivityKind> kinds = new MultiSelectComboBox<>();
    private final Select<Side> side = new Select<>();
    private final Grid<FeedEntry> grid = new Grid<>();
    private FeedProgram program;

    ProgramActivityView(ActivityFeed feed, CurrentUserService currentUser) {
        this.feed = feed;
        this.currentUser = currentUser;
        addClassName("activity-view");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.find(event, "programId", feed::program);
        if (found.isEmpty()) {
            return;
        }
        program = found.get();
        removeAll();
        // Program sits above activity (it depends on it), so activity may not know the program page.
        var back = new Anchor("programs/" + program.id(), getTranslation("feed.back", program.name()));
        back.addClassName("back-link");
        var heading = new Div(back, new H2(getTranslation("feed.title")));
        heading.addClassName("program-heading");
        add(heading, toolbar(), grid());
        setItems();
    }

    private Component toolbar() {
        kinds.setLabel(getTranslation("feed.filter.kinds"));
        kinds.setItems(Stream.of(ActivityKind.values())
                .sorted(Comparator.comparing(k -> ActivityText.label(this, k))).toList());
        kinds.setItemLabelGenerator(k -> ActivityText.label(this, k));
        kinds.setPlaceholder(getTranslation("filter.any"));
        kinds.setClearButtonVisible(true);
        kinds.addValueChangeListener(e -> setItems());
        FilterSelects.anyOf(side, getTranslation("feed.filter.side"), List.of(Side.values()),
                getTranslation("feed.filter.side.both"), this::sideName);
        side.addValueChangeListener(e -> setItems());
        var toolbar = new HorizontalLayout(kinds, side);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return new FilterToggle(toolbar, kinds, side);
    }

    private Component grid() {
        if (!grid.getColumns().isEmpty()) {
            return grid; // the same view shows another program's feed when only the address changes
        }
        var zone = currentUser.require().timeZone();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("activity-grid");
        grid.addColumn(e -> Formats.dateTime(e.event().occurredAt(), getLocale(), zone))
                .setHeader(getTranslation("feed.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::who).setHeader(getTranslation("feed.who")).setAutoWidth(true);
        grid.addComponentColumn(e -> ActivityText.linked(this, e, ActivityText.sentence(this, e)))
                .setHeader(getTranslation("feed.what")).setFlexGrow(3).setKey("what");
        PhoneLayout.cardsOnPhone(grid, getTranslation("feed.title"), e -> new RowCard(
                        ActivityText.linked(this, e, ActivityText.sentence(this, e)))
                .meta(Formats.dateTime(e.event().occurredAt(), getLocale(), zone)).line(who(e)));
        grid.setEmptyStateText(getTranslation("feed.empty"));
        grid.setSizeFull();
        return grid;
    }

    private Component who(FeedEntry entry) {
        var name = new Span(entry.actorName() == null ? "–" : entry.actorName());
        var who = new Div(name);
        if (entry.event().actorSide() != null) {
            var badge = new Badge(sideName(entry.event().actorSide()));
            // the side's one colour, as everywhere else
            badge.addClassName("side-" + entry.event().actorSide().name().toLowerCase(java.util.Locale.ROOT));
            who.add(badge);
        }
        if (entry.event().supplierInternal()) {
            var internal = new Badge(getTranslation("feed.internal"));
            internal.addThemeVariants(BadgeVariant.WARNING);
            who.add(internal);
        }
        who.addClassName("activity-who");
        return who;
    }

    private String sideName(Side side) {
        return side == Side.SUPPLIER ? program.supplierName() : program.customerName();
    }

    private FeedFilter filter() {
        return new FeedFilter(kinds.getValue(), side.getValue());
    }

    private void setItems() {
        var filter = filter();
        var programId = program.id();
        grid.setItems(query -> feed.page(programId, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) feed.count(programId, filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feed.title") + (program == null ? "" : " · " + program.name()) + " · CoHelm";
    }
}
