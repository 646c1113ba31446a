package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.security.ActiveSessions;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPeople;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

class ProfileViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ActiveSessions sessions;
    @LocalServerPort
    int port;

    @Test
    void aPersonEditsTheirDetails() {
        var customer = testPeople.customer("Profile page");
        login(customer.member());
        navigate("profile");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).isReadOnly()).isTrue();
        var name = _get(TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(name.isInvalid()).isTrue();

        _setValue(name, "Cal Adeyemi-Ross");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Job title")), "Quality lead");
        @SuppressWarnings("unchecked")
        ComboBox<ZoneId> zone = _get(ComboBox.class, spec -> spec.withLabel("Time zone"));
        _setValue(zone, ZoneId.of("America/Chicago"));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var row = jdbc.sql("select concat(display_name, '|', job_title, '|', time_zone) from user_account where email = ?")
                .param(customer.member()).query(String.class).single();
        assertThat(row).isEqualTo("Cal Adeyemi-Ross|Quality lead|America/Chicago");
        // The session knows at once: the header and the services see the new name and time zone.
        var principal = (com.cohelm.security.CohelmUserDetails) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(principal.user().displayName()).isEqualTo("Cal Adeyemi-Ross");
        assertThat(principal.user().timeZone()).isEqualTo(ZoneId.of("America/Chicago"));
    }

    @Test
    void thePasswordChangeNeedsTheCurrentPassword() {
        var customer = testPeople.customer("Profile password");
        login(customer.viewer());
        navigate("profile");
        var current = _get(PasswordField.class, spec -> spec.withLabel("Current password"));
        var fresh = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        _setValue(current, "not my password");
        _setValue(fresh, "velvet compass morning 8");
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password.");

        _setValue(current, DemoLogins.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Change password")));
        assertThat(current.getValue()).isEmpty();
        assertThat(new HttpSignIn(port).signIn(customer.viewer(), "velvet compass morning 8")).doesNotContain("error");
    }

    @Test
    void signOutEverywhereEndsEverySessionAfterConfirming() {
        var customer = testPeople.customer("Profile sessions");
        var elsewhere = new HttpSignIn(port);
        elsewhere.signIn(customer.member(), DemoLogins.PASSWORD);
        var user = login(customer.member());
        navigate("profile");
        _click(_get(Button.class, spec -> spec.withText("Sign out everywhere")));
        var confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, false));
        assertThat(elsewhere.isSignedIn()).isFalse();
        assertThat(sessions.count(user.id())).isZero();
    }

    @Test
    void theUserMenuLeadsToTheProfile() {
        login(DemoLogins.CUSTOMER_VIEWER);
        navigate("");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(
                _get(com.vaadin.flow.component.menubar.MenuBar.class, spec -> spec.withClasses("user-menu")), "Profile");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).getValue())
                .isEqualTo(DemoLogins.CUSTOMER_VIEWER);
    }
}
