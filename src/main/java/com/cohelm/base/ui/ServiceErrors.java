package com.cohelm.base.ui;

import com.cohelm.base.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shows a service's refusal of input at the field it is about, in the reader's language: the domain's
 * {@link InvalidInputException} and the bean validation of the services' parameters
 * ({@link ConstraintViolationException}, e.g. {@code @Size(max = 1000)} on a note sent by a client whose
 * limit was removed). The field is named by the parameter or record component the service checks
 * ({@code title}, {@code markdown}); an unknown name shows at the fallback. Never "Something went wrong".
 */
public final class ServiceErrors {

    private ServiceErrors() {
    }

    /**
     * @param owner    translates the messages
     * @param error    an {@link InvalidInputException} or a {@link ConstraintViolationException}; anything else
     *                 is thrown on
     * @param fields   the form's fields by the service's names for them
     * @param fallback where a message about another field shows
     */
    public static void show(Component owner, RuntimeException error, Map<String, ? extends HasValidation> fields,
            HasValidation fallback) {
        switch (error) {
            case InvalidInputException e -> mark(fields.getOrDefault(e.field(), null), fallback,
                    message(owner, e));
            case ConstraintViolationException e -> {
                for (var violation : e.getConstraintViolations()) {
                    mark(fields.getOrDefault(fieldName(violation.getPropertyPath()), null), fallback,
                            message(owner, violation));
                }
            }
            default -> throw error;
        }
    }

    /** The one-field form's shortcut: every message shows at that field. */
    public static void show(Component owner, RuntimeException error, HasValidation field) {
        show(owner, error, Map.of(), field);
    }

    /** The refusal's message, with the days it names (such as a range's ends) in the reader's format. */
    public static String message(Component owner, InvalidInputException e) {
        var ui = owner.getUI().or(() -> Optional.ofNullable(UI.getCurrent()));
        var locale = ui.map(UI::getLocale).orElse(Locale.getDefault());
        var args = Arrays.stream(e.args())
                .map(arg -> arg instanceof LocalDate date ? Formats.date(date, locale) : arg)
                .toArray();
        return args.length == 0 ? owner.getTranslation(e.messageKey()) : owner.getTranslation(e.messageKey(), args);
    }

    /** The message a violation shows, from the constraint's kind, not from the validator's own words. */
    static String message(Component owner, ConstraintViolation<?> violation) {
        var annotation = violation.getConstraintDescriptor().getAnnotation();
        return switch (annotation) {
            case Size size when violation.getInvalidValue() instanceof CharSequence text ->
                    owner.getTranslation("validation.too-long", text.length(), size.max());
            case NotBlank ignored -> owner.getTranslation("validation.required");
            case NotNull ignored -> owner.getTranslation("validation.required");
            case NotEmpty ignored -> owner.getTranslation("validation.required");
            default -> owner.getTranslation("validation.invalid");
        };
    }

    /** The last named node: {@code update.draft.title} is {@code title}, {@code addNote.markdown} is {@code markdown}. */
    static String fieldName(Path path) {
        String name = null;
        for (var node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static void mark(HasValidation field, HasValidation fallback, String message) {
        var target = field != null ? field : fallback;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
