package com.cohelm.health.ui;

import com.cohelm.base.ui.Downloads;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.FilterToggle;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.health.HealthBand;
import com.cohelm.health.HealthService;
import com.cohelm.health.PortfolioCustomer;
import com.cohelm.health.PortfolioFilter;
import com.cohelm.health.PortfolioRow;
import com.cohelm.program.ProgramStatus;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.data.domain.Sort;

/**
 * The supplier's portfolio: every customer and program it may see with this week's health, the trend
 * since last week, what is slipping and overdue on each side, the last review and the last pulse.
 * Searched and filtered by the database, gathered once per round trip from the features that own the
 * figures, sorted and paged by the health service, exported as CSV.
 */
@Route("portfolio")
@RolesAllowed(Roles.SUPPLIER)
public class PortfolioView extends VerticalLayout implements HasDynamicTitle {

    private final HealthService healthService;
    private final CurrentUserService currentUser;
    private final TextField search = new TextField();
    private final Select<ProgramStatus> status = new Select<>();
    private final Select<HealthBand> band = new Select<>();
    private final Grid<PortfolioRow> programs = new Grid<>();
    private final Grid<PortfolioCustomer> customers = new Grid<>();

    PortfolioView(HealthService healthService, CurrentUserService currentUser) {
        this.healthService = healthService;
        this.currentUser = currentUser;
        addClassName("portfolio-view");
        setSizeFull();
        var intro = new Paragraph(getTranslation("portfolio.intro"));
        var tabs = new TabSheet();
        tabs.add(getTranslation("portfolio.tab.programs"), programGrid());
        tabs.add(getTranslation("portfolio.tab.customers"), customerGrid());
        tabs.setSizeFull();
        tabs.addThemeVariants(TabSheetVariant.NO_PADDING); // the figures need every pixel at 1280 px
        add(intro, toolbar(), tabs);
        refresh();
    }

    private Component toolbar() {
        search.setLabel(getTranslation("portfolio.search"));
        search.setPlaceholder(getTranslation("portfolio.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        FilterSelects.anyOf(status, getTranslation("portfolio.status"), List.of(ProgramStatus.values()),
                getTranslation("filter.any"), s -> getTranslation("program.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        FilterSelects.anyOf(band, getTranslation("portfolio.band"), List.of(HealthBand.values()),
                getTranslation("filter.any"), b -> getTranslation("health.band." + b.name()));
        band.addValueChangeListener(e -> refresh());
        var export = Downloads.csv(getTranslation("portfolio.export"), () -> "portfolio-" + currentUser.today() + ".csv",
                () -> healthService.portfolioCsv(filter(), programSort()));
        var toolbar = new HorizontalLayout(search, status, band);
        toolbar.addClassName("portfolio-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addAndExpand(new Div());
        toolbar.add(export);
        return new FilterToggle(toolbar, search, status, band);
    }

    /**
     * Widths that hold the French headers with their sort markers and the figures at 1280 px beside the
     * menu: the names share what is left and wrap; the two dates (not sortable) share one column.
     */
    private Component programGrid() {
        programs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.NO_BORDER);
        programs.addClassNames("portfolio-programs", "portfolio-grid");
        var customer = programs.addComponentColumn(r -> PortfolioCards.customer(r.customerId(), r.customerName()))
                .setHeader(getTranslation("portfolio.customer")).setSortProperty("customer").setWidth("7rem")
                .setFlexGrow(2);
        programs.addComponentColumn(PortfolioCards::program)
                .setHeader(getTranslation("portfolio.program")).setSortProperty("program").setWidth("8rem")
                .setFlexGrow(3);
        programs.addColumn(r -> getTranslation("program.status." + r.status().name()))
                .setHeader(getTranslation("portfolio.status")).setSortProperty("status").setWidth("5.5rem");
        var health = programs.addComponentColumn(r -> HealthWidgets.score(this, r.score()))
                .setHeader(getTranslation("portfolio.health")).setSortProperty("health").setWidth("6rem");
        programs.addComponentColumn(r -> HealthWidgets.trend(this, r.trend(), r.previousScore(), r.score()))
                .setHeader(getTranslation("portfolio.trend")).setSortProperty("trend").setWidth("6.5rem");
        programs.addColumn(PortfolioRow::slipping).setHeader(getTranslation("portfolio.slipping"))
                .setSortProperty("slipping").setWidth("7rem");
        programs.addColumn(PortfolioRow::overdueSupplier).setHeader(getTranslation("portfolio.overdue-supplier"))
                .setSortProperty("overdueSupplier").setWidth("7rem");
        programs.addColumn(PortfolioRow::overdueCustomer).setHeader(getTranslation("portfolio.overdue-customer"))
                .setSortProperty("overdueCustomer").setWidth("7rem");
        programs.addComponentColumn(this::lastReviewAndPulse)
                .setHeader(getTranslation("portfolio.last-review-pulse")).setWidth("7rem");
        // the figures keep their widths (their headers wrap, see styles.css); the names take what is left
        programs.getColumns().stream().skip(2).forEach(column -> column.setFlexGrow(0));
        PhoneLayout.cardsOnPhone(programs, getTranslation("portfolio.tab.programs"),
                r -> PortfolioCards.program(this, r, getLocale()));
        programs.setMultiSort(true);
        programs.setEmptyStateText(getTranslation("portfolio.empty"));
        programs.sort(List.of(new GridSortOrder<>(health, SortDirection.ASCENDING),
                new GridSortOrder<>(customer, SortDirection.ASCENDING)));
        programs.setSizeFull();
        return programs;
    }

    /** The last review above the last pulse, each named for screen readers and in its tooltip. */
    private Component lastReviewAndPulse(PortfolioRow row) {
        var review = new Span(PortfolioCards.date(row.lastReview(), getLocale()));
        var reviewText = getTranslation("portfolio.last-review") + ": " + review.getText();
        review.getElement().setAttribute("title", reviewText);
        var pulse = new Span(PortfolioCards.date(row.lastPulse(), getLocale()));
        var pulseText = getTranslation("portfolio.last-pulse") + ": " + pulse.getText();
        pulse.getElement().setAttribute("title", pulseText);
        var cell = new Div(review, pulse);
        cell.addClassName("portfolio-dates");
        cell.getElement().setAttribute("aria-label", reviewText + ", " + pulseText);
        return cell;
    }

    private Component customerGrid() {
        customers.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.NO_BORDER);
        customers.addClassNames("portfolio-customers", "portfolio-grid");
        customers.addComponentColumn(c -> PortfolioCards.customer(c.customerId(), c.customerName()))
                .setHeader(getTranslation("portfolio.customer")).setSortProperty("customer").setFlexGrow(3);
        customers.addColumn(PortfolioCustomer::programs).setHeader(getTranslation("portfolio.programs"))
                .setSortProperty("programs");
        var health = customers.addComponentColumn(c -> HealthWidgets.score(this, c.score()))
                .setHeader(getTranslation("portfolio.health")).setSortProperty("health");
        customers.addComponentColumn(c -> HealthWidgets.trend(this, c.trend(), c.previousScore(), c.score()))
                .setHeader(getTranslation("portfolio.trend")).setSortProperty("trend");
        customers.addColumn(PortfolioCustomer::slipping).setHeader(getTranslation("portfolio.slipping"))
                .setSortProperty("slipping");
        customers.addColumn(PortfolioCustomer::overdueSupplier)
                .setHeader(getTranslation("portfolio.overdue-supplier")).setSortProperty("overdueSupplier");
        customers.addColumn(PortfolioCustomer::overdueCustomer)
                .setHeader(getTranslation("portfolio.overdue-customer")).setSortProperty("overdueCustomer");
        customers.getColumns().stream().skip(1).forEach(column -> column.setWidth("7.5rem").setFlexGrow(0));
        PhoneLayout.cardsOnPhone(customers, getTranslation("portfolio.tab.customers"),
                c -> PortfolioCards.customer(this, c));
        customers.setEmptyStateText(getTranslation("portfolio.empty"));
        customers.sort(List.of(new GridSortOrder<>(health, SortDirection.ASCENDING)));
        customers.setSizeFull();
        return customers;
    }

    private PortfolioFilter filter() {
        return new PortfolioFilter(search.getValue(), status.getValue(), band.getValue());
    }

    private Sort programSort() {
        var orders = programs.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection()))
                .map(o -> o.getDirection() == SortDirection.ASCENDING ? Sort.Order.asc(o.getSorted())
                        : Sort.Order.desc(o.getSorted()))
                .toList();
        return orders.isEmpty() ? Sort.unsorted() : Sort.by(orders);
    }

    /** Both grids count and page one gathering of the portfolio per round trip (see {@link OncePerRequest}). */
    private void refresh() {
        var filter = filter();
        var portfolio = new OncePerRequest<>(() -> healthService.portfolio(filter));
        programs.setItems(query -> healthService.programsOf(portfolio.get(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> portfolio.get().programCount());
        customers.setItems(query -> healthService.customersOf(portfolio.get(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> portfolio.get().customerCount());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("portfolio.title") + " · CoHelm";
    }
}
