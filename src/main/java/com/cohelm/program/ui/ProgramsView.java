package com.cohelm.program.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ui.FilterSelects;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramFilter;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.program.ProgramSummary;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every program the user may see, loaded page by page through the service. */
@Route("programs")
@PermitAll
public class ProgramsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String SEARCH_PARAMETER = "q";
    static final String STATUS_PARAMETER = "status";

    private static final int WIDE_WINDOW = 900;
    private static final int PHONE_WINDOW = 560;

    private final ProgramService programService;
    private final ProgramEditService editService;
    private final Grid<ProgramSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ProgramStatus> status = new Select<>();
    private List<Grid.Column<ProgramSummary>> narrowColumns = List.of();
    private Grid.Column<ProgramSummary> targetEnd;
    private Registration resizeListener;
    private boolean applyingAddress;

    ProgramsView(ProgramService programService, ProgramEditService editService, CurrentUserService currentUser) {
        this.programService = programService;
        this.editService = editService;
        addClassName("programs-view");
        setSizeFull();

        search.setLabel(getTranslation("programs.search"));
        search.setPlaceholder(getTranslation("programs.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filterChanged());

        FilterSelects.anyOf(status, getTranslation("programs.status"), List.of(ProgramStatus.values()),
                getTranslation("programs.status.any"), s -> getTranslation("program.status." + s.name()));
        status.addValueChangeListener(e -> filterChanged());

        var toolbar = new HorizontalLayout(search, status);
        toolbar.addClassName("programs-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        if (currentUser.require().isSupplierAdmin()) {
            var create = new Button(getTranslation("programs.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
            create.addThemeVariants(ButtonVariant.PRIMARY);
            var spacer = new Div();
            toolbar.addAndExpand(spacer);
            toolbar.add(create);
        }

        configureGrid();
        add(toolbar, grid);
    }

    /** The search and status live in the address, so Back, reload and a shared link keep them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingAddress = true;
        search.setValue(parameters.getSingleParameter(SEARCH_PARAMETER).orElse(""));
        status.setValue(parameters.getSingleParameter(STATUS_PARAMETER)
                .flatMap(value -> Arrays.stream(ProgramStatus.values()).filter(s -> s.name().equals(value)).findFirst())
                .orElse(null));
        applyingAddress = false;
        refresh();
    }

    private void filterChanged() {
        if (applyingAddress) {
            return;
        }
        var parameters = new HashMap<String, String>();
        if (!search.getValue().isBlank()) {
            parameters.put(SEARCH_PARAMETER, search.getValue().strip());
        }
        if (status.getValue() != null) {
            parameters.put(STATUS_PARAMETER, status.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("programs", QueryParameters.simple(parameters))));
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();
        // A real link: opens with Enter, in a new tab, or by middle click. Lit escapes the text.
        grid.addColumn(LitRenderer.<ProgramSummary>of(
                        "<a class=\"program-link\" href=\"${item.href}\">${item.name}</a>"
                                + "<div class=\"program-link-customer\">${item.customer}</div>")
                        .withProperty("href", p -> Routes.address(ProgramView.class, p.id()))
                        .withProperty("name", ProgramSummary::name)
                        .withProperty("customer", ProgramSummary::customerName))
                .setHeader(getTranslation("program.name")).setKey("name").setSortable(true).setFlexGrow(3)
                .setTooltipGenerator(p -> p.name() + " — " + p.customerName());
        grid.addColumn(new ComponentRenderer<>(p -> ProgramBadges.status(p.status(),
                        getTranslation("program.status." + p.status().name()))))
                .setHeader(getTranslation("program.status")).setKey("status").setSortable(true).setWidth("9rem")
                .setFlexGrow(0);
        var supplierLead = grid.addColumn(p -> name(p.supplierLead()))
                .setHeader(getTranslation("program.supplier-lead")).setFlexGrow(1);
        var customerLead = grid.addColumn(p -> name(p.customerLead()))
                .setHeader(getTranslation("program.customer-lead")).setFlexGrow(1);
        var start = grid.addColumn(p -> Formats.date(p.startDate(), getLocale()))
                .setHeader(getTranslation("program.start")).setKey("startDate").setSortable(true).setWidth("8.5rem")
                .setFlexGrow(0);
        targetEnd = grid.addColumn(p -> Formats.date(p.targetEndDate(), getLocale()))
                .setHeader(getTranslation("program.target-end")).setKey("targetEndDate").setSortable(true)
                .setWidth("8.5rem").setFlexGrow(0);
        narrowColumns = List.of(supplierLead, customerLead, start);
        grid.addItemClickListener(e -> grid.getUI()
                .ifPresent(ui -> ui.navigate(ProgramView.class, programParameters(e.getItem().id()))));
        grid.setEmptyStateText(getTranslation("programs.empty"));
    }

    private static RouteParameters programParameters(long programId) {
        return new RouteParameters("programId", String.valueOf(programId));
    }

    /** On a phone the leads and the start date give way to the program's name. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        var page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> showWideColumns(details.getWindowInnerWidth()));
        resizeListener = page.addBrowserWindowResizeListener(e -> showWideColumns(e.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (resizeListener != null) {
            resizeListener.remove();
        }
        super.onDetach(detachEvent);
    }

    private void showWideColumns(int windowWidth) {
        narrowColumns.forEach(column -> column.setVisible(windowWidth >= WIDE_WINDOW));
        targetEnd.setVisible(windowWidth >= PHONE_WINDOW);
    }

    private void refresh() {
        var filter = new ProgramFilter(search.getValue(), status.getValue());
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var sort = page.getSort().isSorted() ? page.getSort() : Sort.by("name");
            return programService.list(filter, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                    sort.and(Sort.by("id")))).stream();
        }, query -> (int) programService.count(filter));
    }

    private void openCreateDialog() {
        new ProgramFormDialog(editService, null,
                saved -> getUI().ifPresent(ui -> ui.navigate(ProgramView.class, programParameters(saved.id()))))
                .open();
    }

    private static String name(PersonSummary person) {
        return person == null ? "" : person.displayName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programs.title") + " · CoHelm";
    }
}
