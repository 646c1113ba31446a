package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.PasswordResetService;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.security.SessionSignIn;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/** Where a reset link leads: a new password, then straight in; every other session has ended. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class NewPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final SessionSignIn sessionSignIn;
    private final NewPasswordField password = new NewPasswordField();
    private String token;

    NewPasswordView(PasswordResetService resets, SessionSignIn sessionSignIn) {
        this.resets = resets;
        this.sessionSignIn = sessionSignIn;
        addClassName("new-password-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        resets.find(token).ifPresentOrElse(this::showForm, this::showInvalid);
    }

    private void showForm(String email) {
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        password.setAutofocus(true);
        var save = new Button(getTranslation("reset.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setWidthFull();
        show(getTranslation("reset.new.title"), new Paragraph(getTranslation("reset.new.text", email)), password, save);
    }

    private void showInvalid() {
        show(getTranslation("reset.invalid.title"), new Paragraph(getTranslation("reset.invalid.text")),
                new Anchor("reset-password", getTranslation("reset.invalid.again")));
    }

    private void save() {
        try {
            var email = resets.reset(token, password.getValue());
            sessionSignIn.signIn(email);
            reloadAt("");
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("password", password), password);
        } catch (ResourceNotFoundException e) {
            showInvalid();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.new.title") + " · CoHelm";
    }
}
