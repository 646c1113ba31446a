package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.InvitationDetails;
import com.cohelm.account.InvitationService;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.security.SessionSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * Where an invitation link leads: the invitee confirms their name, chooses a password and lands on
 * their program, signed in. One click from the mail, one on "Join".
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class InvitationView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final ProgramMemberships programs;
    private final SessionSignIn sessionSignIn;
    private final TextField name = new TextField();
    private final NewPasswordField password = new NewPasswordField();
    private String token;

    InvitationView(InvitationService invitations, ProgramMemberships programs, SessionSignIn sessionSignIn) {
        this.invitations = invitations;
        this.programs = programs;
        this.sessionSignIn = sessionSignIn;
        addClassName("invitation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        invitations.find(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(InvitationDetails invitation) {
        var welcome = new Paragraph(invitation.inviterName().isEmpty()
                ? getTranslation("invitation.text.anonymous", invitation.organizationName())
                : getTranslation("invitation.text", invitation.inviterName(), invitation.organizationName()));
        var email = new TextField(getTranslation("people.email"));
        email.setValue(invitation.email());
        email.setReadOnly(true);
        email.setWidthFull();
        name.setLabel(getTranslation("people.name"));
        name.setValue(invitation.suggestedName());
        name.setRequiredIndicatorVisible(true);
        TextLimit.of(name, 200);
        name.setWidthFull();
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        password.setAutofocus(true);
        var join = new Button(getTranslation("invitation.join"), e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        join.setWidthFull();
        show(getTranslation("invitation.title", invitation.organizationName()), welcome, email, name, password, join);
    }

    private void showInvalid() {
        show(getTranslation("invitation.invalid.title"), new Paragraph(getTranslation("invitation.invalid.text")),
                new Anchor("login", getTranslation("invitation.invalid.sign-in")));
    }

    private void join() {
        if (!TextLimit.of(name).within()) {
            return;
        }
        try {
            var email = invitations.accept(token, name.getValue(), password.getValue());
            sessionSignIn.signIn(email);
            reloadAt(landing());
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("displayName", name, "password", password), password);
        } catch (ResourceNotFoundException e) {
            showInvalid();
        }
    }

    /** Their program when they have one (the first by name if several), else the home page. */
    private String landing() {
        // Program sits above account (it depends on it), so account may not know the program page.
        return programs.landingProgramId().map(id -> "programs/" + id).orElse("");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.page-title") + " · CoHelm";
    }
}
