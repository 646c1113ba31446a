package com.cohelm.account.ui;

import com.cohelm.account.PasswordPolicy;
import com.vaadin.flow.component.textfield.PasswordField;

/** Where someone chooses a password: the policy said up front, and a hint for password managers. */
class NewPasswordField extends PasswordField {

    NewPasswordField() {
        setLabel(getTranslation("password.new"));
        setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH));
        // No maxlength: a browser would cut a pasted passphrase silently and save a password that the
        // person's password manager does not hold; the policy says "too long" at the field instead.
        getElement().setAttribute("autocomplete", "new-password");
    }
}
