package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.account.PasswordResetService;
import com.cohelm.base.InvalidInputException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;

/**
 * "I forgot my password": asks for the email and says the same thing whether or not it belongs to
 * anyone, so the page tells nobody who has an account.
 */
@Route(value = "reset-password", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PublicPage implements HasDynamicTitle {

    private final PasswordResetService resets;
    private final EmailField email = new EmailField();

    ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassName("reset-password-view");
        email.setLabel(getTranslation("people.email"));
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        email.setAutofocus(true);
        var send = new Button(getTranslation("reset.send"), e -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setWidthFull();
        show(getTranslation("reset.title"), new Paragraph(getTranslation("reset.text")), email, send,
                new Anchor("login", getTranslation("reset.back")));
    }

    private void send() {
        try {
            resets.requestReset(email.getValue());
            show(getTranslation("reset.sent.title"), new Paragraph(getTranslation("reset.sent.text")),
                    new Anchor("login", getTranslation("reset.back")));
        } catch (InvalidInputException e) {
            ServiceErrors.show(this, e, Map.of("email", email), email);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · CoHelm";
    }
}
