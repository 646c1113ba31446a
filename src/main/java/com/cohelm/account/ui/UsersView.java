package com.cohelm.account.ui;

import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.account.PersonRow;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.PhoneLayout;
import com.cohelm.base.ui.RowCard;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Roles;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * People: a supplier admin sees and manages everyone, a customer admin their own organization's
 * people. Invite, change the role, add to programs, disable; the service enforces the same scope.
 */
@Route("admin/users")
@RolesAllowed({Roles.SUPPLIER_ADMIN, Roles.CUSTOMER_ADMIN})
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final PeopleAdminService people;
    private final ProgramMemberships programs;
    private final CurrentUser me;
    private final Grid<PersonRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<OrganizationSummary> organization = new ComboBox<>();

    UsersView(PeopleAdminService people, ProgramMemberships programs, CurrentUserService currentUser) {
        this.people = people;
        this.programs = programs;
        this.me = currentUser.require();
        addClassName("users-view");
        setSizeFull();

        search.setLabel(getTranslation("people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        var toolbar = new HorizontalLayout(search);
        toolbar.addClassName("people-toolbar");
        if (me.isSupplierAdmin()) {
            organization.setLabel(getTranslation("people.organization"));
            organization.setItems(people.organizations());
            organization.setItemLabelGenerator(OrganizationSummary::name);
            organization.setClearButtonVisible(true);
            organization.setPlaceholder(getTranslation("people.organization.any"));
            organization.addValueChangeListener(e -> refresh());
            toolbar.add(organization);
        }
        var invite = new Button(getTranslation("people.invite"), VaadinIcon.ENVELOPE.create(), e -> openInvite());
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.addAndExpand(new Div());
        toolbar.add(invite);

        // Widths that hold French labels and whole addresses at 1280 px; what is longer wraps, nothing is cut.
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("people-grid");
        grid.setSizeFull();
        grid.addColumn(PersonRow::displayName).setHeader(getTranslation("people.name")).setKey("displayName")
                .setSortable(true).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(PersonRow::email).setHeader(getTranslation("people.email")).setKey("email").setSortable(true)
                .setWidth("14rem").setFlexGrow(1);
        if (me.isSupplierAdmin()) {
            grid.addColumn(PersonRow::organizationName).setHeader(getTranslation("people.organization"))
                    .setKey("organization.name").setSortable(true).setWidth("11rem").setFlexGrow(1);
        }
        grid.addColumn(p -> getTranslation("people.role." + p.role().name())).setHeader(getTranslation("people.role"))
                .setKey("role").setSortable(true).setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(UsersView.this::statusBadge)).setHeader(getTranslation("people.status"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(this::lastSignIn)
                .setHeader(getTranslation("people.last-sign-in")).setKey("lastSignInAt").setSortable(true)
                .setWidth("11rem").setFlexGrow(0);
        PhoneLayout.cardsOnPhone(grid, getTranslation("people.title"), this::card);
        grid.setEmptyStateText(getTranslation("people.empty"));
        grid.addItemClickListener(e -> new PersonDialog(people, programs, e.getItem(), me, this::refresh).open());
        add(toolbar, grid);
        refresh();
    }

    /** On a phone: who, their email and organization, role and status; the row opens the person as on a wide window. */
    private RowCard card(PersonRow person) {
        var card = new RowCard(person.displayName()).meta(person.email(),
                me.isSupplierAdmin() ? person.organizationName() : null);
        card.line(new Span(getTranslation("people.role." + person.role().name())), statusBadge(person));
        if (person.lastSignInAt() != null) {
            card.fact(getTranslation("people.last-sign-in"), lastSignIn(person));
        }
        return card;
    }

    private String lastSignIn(PersonRow person) {
        return person.lastSignInAt() == null ? "" : Formats.dateTime(person.lastSignInAt(), getLocale(), me.timeZone());
    }

    private Badge statusBadge(PersonRow person) {
        var badge = new Badge(getTranslation("people.status." + person.status().name()));
        badge.addClassName("person-status-" + person.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    private void openInvite() {
        new InviteDialog(people, programs, me, organization.getValue(), invited -> {
            refresh();
            grid.select(invited);
        }).open();
    }

    void refresh() {
        var text = search.getValue();
        var organizationId = organization.getValue() == null ? null : organization.getValue().id();
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            var sort = page.getSort().isSorted() ? page.getSort() : Sort.by("displayName");
            return people.list(organizationId, text, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                    sort.and(Sort.by("id")))).stream();
        }, query -> (int) people.count(organizationId, text));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("people.title") + " · CoHelm";
    }
}
