package com.cohelm.account.ui;

import com.cohelm.account.OrganizationAdminService;
import com.cohelm.account.OrganizationRow;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RowCard;
import com.cohelm.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** The supplier and its customers: create, rename, archive, restore, and each one's logo. */
@Route("admin/organizations")
@RolesAllowed(Roles.SUPPLIER_ADMIN)
public class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationAdminService organizations;
    private final Grid<OrganizationRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox();

    OrganizationsView(OrganizationAdminService organizations) {
        this.organizations = organizations;
        addClassName("organizations-view");
        setSizeFull();

        search.setLabel(getTranslation("organizations.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        showArchived.setLabel(getTranslation("organizations.show-archived"));
        showArchived.addValueChangeListener(e -> refresh());
        var create = new Button(getTranslation("organizations.new"), VaadinIcon.PLUS.create(),
                e -> new OrganizationDialog(organizations, null, saved -> refresh()).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var toolbar = new HorizontalLayout(search, showArchived);
        toolbar.addClassName("organizations-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addAndExpand(new Div());
        toolbar.add(create);

        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(OrganizationRow::name).setHeader(getTranslation("organizations.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("side." + o.side().name())).setHeader(getTranslation("organizations.side"))
                .setFlexGrow(1);
        grid.addColumn(OrganizationRow::people).setHeader(getTranslation("organizations.people")).setFlexGrow(0)
                .setWidth("7rem");
        grid.addColumn(o -> getTranslation(o.hasLogo() ? "organizations.logo.yes" : "organizations.logo.no"))
                .setHeader(getTranslation("organizations.logo")).setFlexGrow(0).setWidth("6rem");
        grid.addColumn(new ComponentRenderer<>(this::status)).setHeader(getTranslation("organizations.status"))
                .setFlexGrow(0).setWidth("8rem");
        PhoneLayout.cardsOnPhone(grid, getTranslation("organizations.title"), o -> new RowCard(o.name())
                .line(new Span(getTranslation("side." + o.side().name())), status(o))
                .fact(getTranslation("organizations.people"), String.valueOf(o.people()))
                .fact(getTranslation("organizations.logo"),
                        getTranslation(o.hasLogo() ? "organizations.logo.yes" : "organizations.logo.no")));
        grid.setEmptyStateText(getTranslation("organizations.empty"));
        grid.addItemClickListener(e -> new OrganizationDialog(organizations, e.getItem(), saved -> refresh()).open());
        add(toolbar, grid);
        refresh();
    }

    private Component status(OrganizationRow organization) {
        return organization.archived() ? new Badge(getTranslation("organizations.archived"))
                : new Span(getTranslation("organizations.active"));
    }

    private void refresh() {
        var text = search.getValue();
        var archived = showArchived.getValue();
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return organizations.list(text, archived, PageRequest.of(page.getPageNumber(), page.getPageSize()))
                    .stream();
        }, query -> (int) organizations.count(text, archived));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title") + " · CoHelm";
    }
}
