package com.cohelm.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.program.ui.HomeViewAccess;
import com.cohelm.support.KaribuViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuViewTest {

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        navigate("programs");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        var form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void forgotPasswordLeadsToTheResetPage() {
        navigate("login");
        var form = _get(LoginForm.class);
        com.vaadin.flow.component.ComponentUtil.fireEvent(form,
                new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(form, true));
        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("ResetPasswordView");
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "", "throttled", "8")));
        var form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        var texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("Too many failed attempts").contains("Wait 8 seconds, then try again.");
    }

    @Test
    void aFailedSignInShowsTheError() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).isError()).isTrue();
    }

    @Test
    void signedInPeopleGoStraightHome() {
        login("bea@brightline.example");
        navigate("login");
        assertThat(HomeViewAccess.isHome(UI.getCurrent().getCurrentView())).isTrue();
    }
}
