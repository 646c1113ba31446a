package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.PasswordResetService;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPeople;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** Asking for a reset link and using it, through the two pages. */
class ResetPasswordViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    PasswordResetService resets;

    private String answerFor(String email) {
        navigate("login"); // a fresh page, as when the person comes back to ask again
        navigate("reset-password");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email")), email);
        _click(_get(Button.class, spec -> spec.withText("Send link")));
        return _get(H2.class).getText() + " / " + _get(Paragraph.class).getText();
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheEmailExists() {
        var customer = testPeople.customer("Reset page");
        var known = answerFor(customer.member());
        var unknown = answerFor("no-such-person@nowhere.example");
        assertThat(known).isEqualTo(unknown).startsWith("Check your email");
        assertThat(testPeople.latestMailTo(customer.member())).isPresent();
    }

    @Test
    void theLinkOpensANewPasswordPageThatSignsThePersonIn() {
        var customer = testPeople.customer("New password page");
        resets.requestReset(customer.viewer());
        var token = TestPeople.token(TestPeople.link(testPeople.latestMailTo(customer.viewer()).orElseThrow()));

        navigate("reset-password/" + token);
        assertThat(_get(H2.class).getText()).isEqualTo("Choose a new password");
        var password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        _setValue(password, "too short");
        _click(_get(Button.class, spec -> spec.withText("Save and sign in")));
        assertThat(password.isInvalid()).isTrue();

        _setValue(password, "river granite owl 2031");
        _click(_get(Button.class, spec -> spec.withText("Save and sign in")));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo(customer.viewer());
        assertThat(resets.find(token)).isEmpty();

        navigate("reset-password/" + token);
        assertThat(_get(H2.class).getText()).isEqualTo("This reset link no longer works");
    }
}
