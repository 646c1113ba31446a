package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PersonRow;
import com.cohelm.account.PersonStatus;
import com.cohelm.account.PersonProgram;
import com.cohelm.security.Role;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPeople;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class UsersViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private static List<PersonRow> rows() {
        Grid<PersonRow> grid = _get(Grid.class);
        var rows = new ArrayList<PersonRow>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            rows.add(GridKt._get(grid, i));
        }
        return rows;
    }

    @Test
    void aCustomerAdminInvitesAColleagueIntoTheirProgram() {
        var customer = testPeople.customer("Invite page");
        login(customer.admin());
        navigate("admin/users");
        assertThat(rows()).extracting(PersonRow::email)
                .containsExactlyInAnyOrder(customer.admin(), customer.member(), customer.viewer());
        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Organization"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withText("Invite")));
        _get(Dialog.class);
        // A bad address is refused at the field, and nothing is created.
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), "not an email");
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email")).isInvalid()).isTrue();

        var email = "page-invite-" + customer.programId() + "@test.example";
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Paz Page");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        assertThat(role.getListDataView().getItems()).containsExactly(Role.values());
        _setValue(role, Role.VIEWER);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<PersonProgram> programs = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Programs"));
        var program = programs.getListDataView().getItems().filter(p -> p.id() == customer.programId()).findFirst()
                .orElseThrow();
        _setValue(programs, Set.of(program));
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));

        assertThat(rows()).filteredOn(p -> p.email().equals(email)).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PersonStatus.INVITED);
            assertThat(p.role()).isEqualTo(Role.VIEWER);
            assertThat(p.displayName()).isEqualTo("Paz Page");
        });
        assertThat(jdbc.sql("select count(*) from program_member m join user_account u on u.id = m.user_id"
                + " where u.email = ? and m.program_id = ?").params(email, customer.programId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(testPeople.latestMailTo(email)).isPresent();
    }

    @Test
    void anAdminChangesARoleAndDisablesSomeoneAfterConfirming() {
        var customer = testPeople.customer("Person page");
        login(customer.admin());
        navigate("admin/users");
        var member = rows().stream().filter(p -> p.email().equals(customer.member())).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<PersonRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, rows().indexOf(member));
        _get(Dialog.class);
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, Role.VIEWER);
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(rows()).filteredOn(p -> p.email().equals(customer.member())).singleElement()
                .satisfies(p -> assertThat(p.role()).isEqualTo(Role.VIEWER));

        GridKt._clickItem(grid, rows().indexOf(rows().stream().filter(p -> p.email().equals(customer.member()))
                .findFirst().orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Disable")));
        var confirm = _get(ConfirmDialog.class);
        _fireConfirm(confirm);
        assertThat(rows()).filteredOn(p -> p.email().equals(customer.member())).singleElement()
                .satisfies(p -> assertThat(p.status()).isEqualTo(PersonStatus.DISABLED));
    }

    @Test
    void adminsCannotChangeTheirOwnRoleOrDisableThemselves() {
        var customer = testPeople.customer("Self");
        login(customer.admin());
        navigate("admin/users");
        @SuppressWarnings("unchecked")
        Grid<PersonRow> grid = _get(Grid.class);
        GridKt._clickItem(grid, rows().indexOf(rows().stream().filter(p -> p.email().equals(customer.admin()))
                .findFirst().orElseThrow()));
        assertThat(_get(Select.class, spec -> spec.withLabel("Role")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withText("Disable"))).isEmpty();
    }

    @Test
    void theSupplierAdminSeesEveryoneAndFiltersByOrganization() {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("admin/users");
        assertThat(rows()).extracting(PersonRow::email).contains(DemoLogins.CUSTOMER_ADMIN, DemoLogins.SUPPLIER_MEMBER);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search people")), "verdant");
        assertThat(rows()).extracting(PersonRow::email)
                .containsExactlyInAnyOrder("victor@verdant.example", "greta@verdant.example");
    }

    /**
     * Issue 28 §5: inviting another organization's person looks, to a customer admin, exactly like inviting
     * a new address: the same message, the same row, the same person dialog. Only the address differs.
     */
    @Test
    void invitingAnotherOrganizationsPersonShowsWhatInvitingANewAddressShows() {
        var inviter = testPeople.customer("Oracle page");
        var other = testPeople.customer("Oracle page other");
        login(inviter.admin());
        navigate("admin/users");
        var shown = new ArrayList<List<String>>();
        for (var email : List.of(other.member(), "oracle-page-" + inviter.programId() + "@test.example")) {
            com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
            _click(_get(Button.class, spec -> spec.withText("Invite")));
            _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
            _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Same Name");
            _click(_get(Button.class, spec -> spec.withText("Send invitation")));
            assertThat(_find(Dialog.class)).as("the invite dialog closed for %s", email).isEmpty();
            var messages = com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                    .map(n -> n.getElement().getProperty("text", n.getElement().getTextRecursively())).toList();
            var row = rows().stream().filter(p -> p.email().equals(email)).findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Grid<PersonRow> grid = _get(Grid.class);
            GridKt._clickItem(grid, rows().indexOf(row));
            var dialog = _get(Dialog.class);
            var dialogText = dialog.getElement().getTextRecursively() + " | "
                    + _find(dialog, Button.class).stream().map(Button::getText).toList();
            _click(_get(dialog, Button.class, spec -> spec.withText("Cancel")));
            shown.add(List.of(String.join(" / ", messages).replace(email, "<email>"), row.status().name(),
                    row.role().name(), row.displayName(), dialogText.replace(email, "<email>")));
        }
        assertThat(shown.get(0)).isEqualTo(shown.get(1));
        assertThat(shown.get(0).get(0)).contains("<email>");
        assertThat(shown.get(0).get(1)).isEqualTo("INVITED");
    }

    private static void _fireConfirm(ConfirmDialog confirm) {
        com.vaadin.flow.component.ComponentUtil.fireEvent(confirm,
                new ConfirmDialog.ConfirmEvent(confirm, false));
    }
}
