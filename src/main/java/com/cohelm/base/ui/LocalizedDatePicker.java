package com.cohelm.base.ui;

import com.cohelm.base.DateRange;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.text.DateFormatSymbols;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker that speaks the user's language: month and day names, the first day of the week, the
 * date format, its buttons and its messages.
 */
public class LocalizedDatePicker extends DatePicker {

    private String minErrorKey;
    private String maxErrorKey;
    private String rangeErrorKey;
    private DateRange range;

    public LocalizedDatePicker(String label) {
        super(label);
    }

    /** The message shown when the date is before the allowed minimum. */
    public void setMinErrorKey(String translationKey) {
        this.minErrorKey = translationKey;
        if (isAttached()) {
            localize(getLocale());
        }
    }

    /** The message shown when the date is after the allowed maximum. */
    public void setMaxErrorKey(String translationKey) {
        this.maxErrorKey = translationKey;
        if (isAttached()) {
            localize(getLocale());
        }
    }

    /**
     * Limits the picker to a range the service also enforces: its calendar offers nothing outside, and a typed
     * date outside shows the message (with {0} and {1} for the first and last day) at the field.
     */
    public void setRange(DateRange range, String translationKey) {
        setMin(range.min());
        setMax(range.max());
        this.range = range;
        this.rangeErrorKey = translationKey;
        if (isAttached()) {
            localize(getLocale());
        }
    }

    /** The message of {@link #setRange}, in the reader's language, for a Binder validator. */
    public String rangeMessage(DateRange range, String translationKey) {
        return getTranslation(translationKey, Formats.date(range.min(), getLocale()),
                Formats.date(range.max(), getLocale()));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        localize(attachEvent.getUI().getLocale());
    }

    private void localize(Locale locale) {
        setLocale(locale);
        var symbols = DateFormatSymbols.getInstance(locale);
        var i18n = new DatePickerI18n();
        i18n.setMonthNames(List.of(Arrays.copyOf(symbols.getMonths(), 12)));
        i18n.setWeekdays(Arrays.stream(symbols.getWeekdays()).skip(1).toList());
        i18n.setWeekdaysShort(Arrays.stream(symbols.getShortWeekdays()).skip(1).toList());
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(getTranslation("date-picker.today"));
        i18n.setCancel(getTranslation("date-picker.cancel"));
        i18n.setBadInputErrorMessage(getTranslation("date-picker.bad-input"));
        i18n.setRequiredErrorMessage(getTranslation("validation.required"));
        if (minErrorKey != null) {
            i18n.setMinErrorMessage(getTranslation(minErrorKey));
        }
        if (maxErrorKey != null) {
            i18n.setMaxErrorMessage(getTranslation(maxErrorKey));
        }
        if (range != null) {
            // a key of its own for one end (the end of a program not before its start) wins over the range's
            var message = rangeMessage(range, rangeErrorKey);
            if (minErrorKey == null) {
                i18n.setMinErrorMessage(message);
            }
            if (maxErrorKey == null) {
                i18n.setMaxErrorMessage(message);
            }
        }
        setI18n(i18n);
    }
}
