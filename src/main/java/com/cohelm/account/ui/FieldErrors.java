package com.cohelm.account.ui;

import com.cohelm.base.ui.ServiceErrors;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Shows a service's refusal at the field it is about, in the user's language. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(Component owner, RuntimeException e, Map<String, ? extends HasValidation> fields,
            HasValidation fallback) {
        ServiceErrors.show(owner, e, fields, fallback);
    }
}
