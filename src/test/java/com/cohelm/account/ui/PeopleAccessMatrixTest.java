package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.OrganizationAdminService;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.base.mail.DevMailbox;
import com.cohelm.shell.DevMailboxView;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo role × the people and access pages × what they offer: who opens the organizations,
 * people and dev mailbox pages, who may invite and create organizations, who filters by organization,
 * and which entries the side navigation shows. Everyone has a profile.
 */
class PeopleAccessMatrixTest extends KaribuViewTest {

    @Autowired
    OrganizationAdminService organizations;
    @Autowired
    PeopleAdminService people;
    @Autowired
    DevMailbox mailbox;

    record Row(String login, boolean organizations, boolean users, boolean everyone, boolean mailbox) {
    }

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(new Row(DemoLogins.SUPPLIER_ADMIN, true, true, true, true)),
                Arguments.of(new Row(DemoLogins.SUPPLIER_MEMBER, false, false, false, false)),
                Arguments.of(new Row(DemoLogins.CUSTOMER_ADMIN, false, true, false, false)),
                Arguments.of(new Row("greta@verdant.example", false, true, false, false)),
                Arguments.of(new Row(DemoLogins.CUSTOMER_MEMBER, false, false, false, false)),
                Arguments.of(new Row(DemoLogins.CUSTOMER_VIEWER, false, false, false, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void eachRoleGetsTheRightPagesAndActions(Row row) {
        login(row.login());

        assertThat(opens("admin/organizations", OrganizationsView.class)).as("organizations page")
                .isEqualTo(row.organizations());
        if (row.organizations()) {
            assertThat(hasButton("New organization")).isTrue();
        }

        assertThat(opens("admin/users", UsersView.class)).as("people page").isEqualTo(row.users());
        if (row.users()) {
            assertThat(hasButton("Invite")).as("invite").isTrue();
            assertThat(_find(ComboBox.class, spec -> spec.withLabel("Organization"))).as("organization filter")
                    .hasSize(row.everyone() ? 1 : 0);
        }

        assertThat(opens("admin/mailbox", DevMailboxView.class)).as("dev mailbox").isEqualTo(row.mailbox());
        assertThat(opens("profile", ProfileView.class)).as("profile").isTrue();

        assertThat(navItem("People")).as("People in the navigation").isEqualTo(row.users());
        assertThat(navItem("Organizations")).as("Organizations in the navigation").isEqualTo(row.organizations());
        assertThat(navItem("Dev mailbox")).as("Dev mailbox in the navigation").isEqualTo(row.mailbox());

        // The services answer the same, whatever the page shows.
        assertThat(allowed(() -> organizations.count(null, true))).as("organization service")
                .isEqualTo(row.organizations());
        assertThat(allowed(() -> people.count(null, null))).as("people service").isEqualTo(row.users());
        assertThat(allowed(() -> mailbox.latest())).as("mailbox service").isEqualTo(row.mailbox());
    }

    /** Opens the page; a page the role may not open is refused before it is built. */
    private boolean opens(String location, Class<?> view) {
        try {
            navigate(location);
        } catch (MockAccessDeniedException denied) {
            return false;
        }
        return view.isInstance(UI.getCurrent().getCurrentView());
    }

    private static boolean allowed(Runnable call) {
        try {
            call.run();
            return true;
        } catch (AccessDeniedException denied) {
            return false;
        }
    }

    private static boolean hasButton(String text) {
        return !_find(Button.class, spec -> spec.withText(text)).isEmpty();
    }

    private static boolean navItem(String label) {
        return _find(SideNavItem.class).stream().anyMatch(item -> label.equals(item.getLabel()));
    }
}
