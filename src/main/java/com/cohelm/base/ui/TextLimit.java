package com.cohelm.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.Serializable;

/**
 * The length limit of a text field, shown and enforced on the server: the helper text counts ("123 / 200")
 * and a value over the limit is refused at the field with what to do. The browser's {@code maxlength} is
 * deliberately not set: it cut a pasted text to the limit without a word (issue 28; decision 0032).
 * A field bound to a {@link com.vaadin.flow.data.binder.Binder} adds {@link #validator()} to its binding;
 * a field saved without one asks {@link #within()} (or {@link #withinAll}) before calling the service.
 */
public final class TextLimit implements Serializable {

    private final TextFieldBase<?, String> field;
    private final int max;
    private String hint;
    private boolean bound;
    private boolean showingOverflow;
    private boolean lifted;

    private TextLimit(TextFieldBase<?, String> field, int max) {
        this.field = field;
        this.max = max;
        this.hint = field.getHelperText();
        // The field's own validation would clear our message on blur; the limit and the binder decide instead.
        field.setManualValidation(true);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY); // the counter follows the typing
        }
        field.addValueChangeListener(e -> {
            count();
            // An edit answers the field's earlier message (a service's, a required field's), unless still too long.
            if (!bound && within() && field.isInvalid()) {
                field.setInvalid(false);
            }
        });
        count();
    }

    /** Gives the field a limit of {@code max} characters, as its service counts them. */
    public static TextLimit of(TextFieldBase<?, String> field, int max) {
        var limit = new TextLimit(field, max);
        ComponentUtil.setData(field, TextLimit.class, limit);
        return limit;
    }

    /** The limit given to this field with {@link #of(TextFieldBase, int)}. */
    public static TextLimit of(TextFieldBase<?, String> field) {
        var limit = ComponentUtil.getData(field, TextLimit.class);
        if (limit == null) {
            throw new IllegalStateException("No limit was given to this field");
        }
        return limit;
    }

    /** The binder's check of a field given its limit with {@link #of}. */
    public static Validator<String> validatorOf(TextFieldBase<?, String> field) {
        return of(field).validator();
    }

    public int max() {
        return max;
    }

    /** The field's own helper text, shown before the counter. */
    public TextLimit hint(String text) {
        this.hint = text;
        count();
        return this;
    }

    /** The binder's check: with it, the binder alone marks the field invalid. */
    public Validator<String> validator() {
        bound = true;
        return (value, context) -> !lifted && value != null && value.length() > max
                ? ValidationResult.error(tooLong(value.length()))
                : ValidationResult.ok();
    }

    /** For a field saved without a binder: whether it is within the limit, marking it invalid when not. */
    public boolean within() {
        var length = length();
        if (length > max && !lifted) {
            field.setErrorMessage(tooLong(length));
            field.setInvalid(true);
            showingOverflow = true;
            return false;
        }
        if (showingOverflow) {
            field.setInvalid(false);
            field.setErrorMessage(null);
            showingOverflow = false;
        }
        return true;
    }

    /**
     * Stops checking here, as a tampered client would: what reaches the service is then refused by the
     * service's own validation, which the view shows at the field ({@link ServiceErrors}). For tests.
     */
    public void lift() {
        lifted = true;
    }

    /** Checks every limit (each field shows its own message) and says whether all are kept. */
    public static boolean withinAll(TextLimit... limits) {
        var all = true;
        for (var limit : limits) {
            all &= limit.within();
        }
        return all;
    }

    private int length() {
        var value = field.getValue();
        return value == null ? 0 : value.length();
    }

    private void count() {
        var counter = field.getTranslation("validation.counter", length(), max);
        field.setHelperText(hint == null || hint.isBlank() ? counter : hint + " · " + counter);
    }

    private String tooLong(int length) {
        return field.getTranslation("validation.too-long", length, max);
    }
}
