package com.cohelm.account.ui;

import com.cohelm.account.PasswordPolicy;
import com.cohelm.base.ui.TextLimit;
import com.vaadin.flow.component.textfield.PasswordField;

/** Where someone chooses a password: the policy said up front, and a hint for password managers. */
class NewPasswordField extends PasswordField {

    NewPasswordField() {
        setLabel(getTranslation("password.new"));
        setHelperText(getTranslation("password.hint", PasswordPolicy.MIN_LENGTH));
        // no maxlength: a longer pasted password would be cut without a word, and saved cut
        TextLimit.of(this, PasswordPolicy.MAX_LENGTH);
        getElement().setAttribute("autocomplete", "new-password");
    }
}
