package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.OrganizationAdminService;
import com.cohelm.account.OrganizationRow;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganizationsViewTest extends KaribuViewTest {

    /** The smallest valid PNG: a 1×1 transparent pixel. */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @Autowired
    OrganizationAdminService organizations;
    @Autowired
    com.cohelm.support.TestPeople testPeople;

    @SuppressWarnings("unchecked")
    private static List<OrganizationRow> rows() {
        Grid<OrganizationRow> grid = _get(Grid.class);
        var rows = new ArrayList<OrganizationRow>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static void open(String name) {
        Grid<OrganizationRow> grid = _get(Grid.class);
        var index = rows().stream().map(OrganizationRow::name).toList().indexOf(name);
        GridKt._clickItem(grid, index);
        _get(Dialog.class);
    }

    @Test
    void theSupplierComesFirstThenCustomersWithTheirPeople() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("admin/organizations");
        var rows = rows();
        assertThat(rows.getFirst().name()).isEqualTo("Northwind Test Systems");
        assertThat(rows).extracting(OrganizationRow::name).contains("Brightline Consumer Electronics",
                "Verdant Clean Energy", "Calloway Motor Works");
        assertThat(rows).filteredOn(o -> o.name().equals("Brightline Consumer Electronics")).singleElement()
                .satisfies(o -> assertThat(o.people()).isEqualTo(3));
        // The supplier can be renamed but not archived.
        open("Northwind Test Systems");
        assertThat(_find(Button.class, spec -> spec.withText("Archive"))).isEmpty();
    }

    @Test
    void aNewCustomerIsCreatedRenamedAndArchivedThroughThePage() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("admin/organizations");
        _click(_get(Button.class, spec -> spec.withText("New organization")));
        // A taken name is refused at the field
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Verdant Clean Energy");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Another organization already has this name.");

        var fresh = "Harbor Robotics " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(name, fresh);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search organizations")), fresh);
        assertThat(rows()).extracting(OrganizationRow::name).containsExactly(fresh);

        open(fresh);
        assertThat(_get(Span.class, spec -> spec.withText("No logo yet."))).isNotNull();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), fresh + " Ltd");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(rows()).extracting(OrganizationRow::name).containsExactly(fresh + " Ltd");

        // The logo the supplier uploaded shows in the dialog
        var id = rows().getFirst().id();
        organizations.replaceLogo(id, PNG);
        navigate("admin/organizations");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search organizations")), fresh);
        assertThat(rows().getFirst().hasLogo()).isTrue();
        open(fresh + " Ltd");
        assertThat(_get(Image.class).getAlt()).contains("Logo of " + fresh + " Ltd");

        _click(_get(Button.class, spec -> spec.withText("Archive")));
        assertThat(rows()).isEmpty();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show archived")), true);
        assertThat(rows()).singleElement().satisfies(o -> assertThat(o.archived()).isTrue());
        open(fresh + " Ltd");
        _click(_get(Button.class, spec -> spec.withText("Restore")));
        assertThat(rows()).singleElement().satisfies(o -> assertThat(o.archived()).isFalse());
    }

    @Test
    void aCustomersLogoShowsInTheHeaderOfItsPeopleOnly() {
        var customer = testPeople.customer("Header logo");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        organizations.replaceLogo(customer.organizationId(), PNG);
        signIn.out();

        login(customer.member());
        navigate("");
        var tag = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("organization-tag"));
        assertThat(_find(tag, Image.class)).singleElement()
                .satisfies(image -> assertThat(image.getAlt()).contains("Logo of " + customer.name()));
    }

    @Test
    void noLogoNoImage() {
        login(DemoLogins.CUSTOMER_MEMBER);
        navigate("programs");
        var tag = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("organization-tag"));
        assertThat(_find(tag, Image.class)).isEmpty();
    }
}
