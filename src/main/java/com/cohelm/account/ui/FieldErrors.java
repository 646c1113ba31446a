package com.cohelm.account.ui;

import com.cohelm.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's refusal at the field it is about, in the user's language. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(Component owner, InvalidInputException e, Map<String, ? extends HasValidation> fields,
            HasValidation fallback) {
        var field = fields.getOrDefault(e.field(), null);
        var target = field != null ? field : fallback;
        target.setErrorMessage(owner.getTranslation(e.messageKey()));
        target.setInvalid(true);
    }
}
