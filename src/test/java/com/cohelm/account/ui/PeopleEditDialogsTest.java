package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.OrganizationAdminService;
import com.cohelm.account.OrganizationRow;
import com.cohelm.account.PersonRow;
import com.cohelm.account.PersonProgram;
import com.cohelm.security.Role;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.EditDialogTest;
import com.cohelm.support.TestPeople;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPeople.TestCustomer;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people pages' edit dialogs save only what they show: an organization (with its logo), a person (role
 * and programs; a disabled person keeps the programs they are in), and one's own profile. Saved untouched,
 * none changes a row; one field changed changes that field only. Choosing one's language again changes nothing.
 */
class PeopleEditDialogsTest extends EditDialogTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    OrganizationAdminService organizations;
    @Autowired
    TestPrograms testPrograms;

    private static <T> void openRow(Function<T, Boolean> matching, String dialogClass) {
        @SuppressWarnings("unchecked")
        Grid<T> grid = _get(Grid.class);
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (matching.apply(GridKt._get(grid, i))) {
                GridKt._clickItem(grid, i);
                dialog(dialogClass);
                return;
            }
        }
        throw new AssertionError("no such row");
    }

    private Dialog openOrganization(TestCustomer customer) {
        login(DemoLogins.SUPPLIER_ADMIN);
        navigate("admin/organizations");
        openRow((OrganizationRow o) -> o.name().equals(customer.name()), "organization-dialog");
        return dialog("organization-dialog");
    }

    private Dialog openPerson(TestCustomer customer, String email) {
        login(customer.admin());
        navigate("admin/users");
        openRow((PersonRow p) -> p.email().equals(email), "person-dialog");
        return dialog("person-dialog");
    }

    private void giveLogo(TestCustomer customer) {
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        try {
            var image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            organizations.replaceLogo(customer.organizationId(), png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            signIn.out();
        }
    }

    @Test
    void anOrganizationWithItsLogoSavedUntouchedChangesNothing() {
        var customer = testPeople.customer("Organization dialog");
        giveLogo(customer);
        assertNothingChanged(changesOf(() -> click(openOrganization(customer), "Save")));
    }

    @Test
    void renamingAnOrganizationChangesOnlyItsName() {
        var customer = testPeople.customer("Organization dialog");
        giveLogo(customer);
        var changes = changesOf(() -> {
            var dialog = openOrganization(customer);
            _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), customer.name() + " Ltd");
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, "ORGANIZATION_UPDATED", "organization.name", "organization.version");
    }

    @Test
    void aPersonSavedUntouchedChangesNothing() {
        var customer = testPeople.customer("Person dialog");
        assertNothingChanged(changesOf(() -> click(openPerson(customer, customer.member()), "Save")));
    }

    @Test
    void aDisabledPersonSavedUntouchedKeepsTheirProgramsAndChangesNothing() {
        var customer = testPeople.customer("Person dialog");
        testPrograms.disable(customer.member());
        assertNothingChanged(changesOf(() -> {
            var dialog = openPerson(customer, customer.member());
            click(dialog, "Save");
            assertThat(dialog.isOpened()).as("saved without an error").isFalse();
        }));
    }

    @Test
    void changingTheRoleChangesOnlyTheRole() {
        var customer = testPeople.customer("Person dialog");
        var changes = changesOf(() -> {
            var dialog = openPerson(customer, customer.member());
            @SuppressWarnings("unchecked")
            Select<Role> role = _get(dialog, Select.class, spec -> spec.withLabel("Role"));
            _setValue(role, Role.VIEWER);
            click(dialog, "Save");
        });
        // and the cutoff that ends the person's sessions on every node, so the new role applies (decision 0039)
        assertOnlyChanged(changes, "ROLE_CHANGED", "user_account.role", "user_account.sessions_valid_after",
                "user_account.version");
    }

    @Test
    void leavingAProgramChangesOnlyThatMembership() {
        var customer = testPeople.customer("Person dialog");
        var changes = changesOf(() -> {
            var dialog = openPerson(customer, customer.member());
            _setValue(EditDialogTest.<PersonProgram>multi(dialog, "Programs"), Set.of());
            click(dialog, "Save");
        });
        assertOnlyChanged(changes, "PROGRAM_MEMBER_REMOVED", "-program_member", "program.updated_at",
                "program.version");
    }

    @Test
    void theProfileSavedUntouchedChangesNothing() {
        var customer = testPeople.customer("Profile");
        assertNothingChanged(changesOf(() -> {
            login(customer.member());
            navigate("profile");
            click("Save");
        }));
    }

    @Test
    void changingTheJobTitleChangesOnlyIt() {
        var customer = testPeople.customer("Profile");
        var changes = changesOf(() -> {
            login(customer.member());
            navigate("profile");
            _setValue(_get(TextField.class, spec -> spec.withLabel("Job title")), "Quality lead");
            click("Save");
        });
        assertOnlyChanged(changes, "PROFILE_UPDATED", "user_account.job_title", "user_account.version");
    }

    @Test
    void choosingTheLanguageOneAlreadyHasChangesNothing() {
        var customer = testPeople.customer("Language");
        assertNothingChanged(changesOf(() -> {
            login(customer.member());
            navigate("");
            ContextMenuKt._clickItemWithCaption(_get(MenuBar.class, spec -> spec.withClasses("user-menu")), "English");
        }));
    }
}
