package com.cohelm.base.ui;

import com.cohelm.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/** A service's refusal shown at the field it is about, in the reader's language, its dates written their way. */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The refusal's message, with the days it names (such as a range's ends) in the reader's format. */
    public static String message(Component component, InvalidInputException e) {
        var ui = component.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent()));
        var locale = ui.map(UI::getLocale).orElse(Locale.getDefault());
        var args = Arrays.stream(e.args())
                .map(arg -> arg instanceof LocalDate date ? Formats.date(date, locale) : arg)
                .toArray();
        return args.length == 0 ? component.getTranslation(e.messageKey())
                : component.getTranslation(e.messageKey(), args);
    }

    /** Marks the field invalid with the refusal's message. */
    public static <F extends Component & HasValidation> void show(F field, InvalidInputException e) {
        field.setErrorMessage(message(field, e));
        field.setInvalid(true);
    }
}
