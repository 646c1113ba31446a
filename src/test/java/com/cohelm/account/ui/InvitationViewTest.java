package com.cohelm.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.InvitationDraft;
import com.cohelm.account.InvitationService;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.security.Role;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestPeople;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The page an invitation link opens, for someone not signed in. */
class InvitationViewTest extends KaribuViewTest {

    @Autowired
    TestPeople testPeople;
    @Autowired
    PeopleAdminService people;
    @Autowired
    InvitationService invitations;

    private String invite(TestPeople.TestCustomer customer, String email) {
        signIn.as(customer.admin());
        people.invite(new InvitationDraft(email, customer.organizationId(), Role.MEMBER, "Ines Invitee"));
        signIn.out();
        return TestPeople.token(TestPeople.link(testPeople.latestMailTo(email).orElseThrow()));
    }

    @Test
    void theInviteeChoosesAPasswordAndIsSignedIn() {
        var customer = testPeople.customer("Invitation page");
        var email = "invitation-page-" + customer.programId() + "@test.example";
        var token = invite(customer, email);

        navigate("invitation/" + token);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(InvitationView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Join " + customer.name() + " on CoHelm");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Email")).getValue()).isEqualTo(email);
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name")).getValue()).isEqualTo("Ines Invitee");

        // A common password is refused at the field; the link still works.
        var password = _get(PasswordField.class, spec -> spec.withLabel("New password"));
        _setValue(password, "iloveyou2024!");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isNotBlank();
        assertThat(invitations.find(token)).isPresent();

        _setValue(password, "tidal archive pencil 5");
        _click(_get(Button.class, spec -> spec.withText("Join")));
        assertThat(invitations.find(token)).isEmpty();
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        assertThat(signedIn).isNotNull();
        assertThat(signedIn.getName()).isEqualTo(email);
    }

    @Test
    void aUsedOrUnknownLinkSaysItNoLongerWorks() {
        navigate("invitation/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(_get(H2.class).getText()).isEqualTo("This invitation link no longer works");
        navigate("invitation/not-a-token");
        assertThat(_get(H2.class).getText()).isEqualTo("This invitation link no longer works");
    }
}
