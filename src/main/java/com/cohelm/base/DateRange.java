package com.cohelm.base;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days a date may take, both ends included. A service refuses a date outside it with an
 * {@link InvalidInputException} that names both ends, so the form can say the range at the field; the
 * form's date picker gets the same ends as its min and max.
 */
public record DateRange(LocalDate min, LocalDate max) {

    public DateRange {
        Objects.requireNonNull(min);
        Objects.requireNonNull(max);
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("Empty range " + min + " .. " + max);
        }
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(min) && !date.isAfter(max);
    }

    /** This range widened to take in dates already stored (null ones ignored): a form shows them again as valid. */
    public DateRange including(LocalDate... dates) {
        var from = min;
        var to = max;
        for (var date : dates) {
            if (date != null) {
                from = date.isBefore(from) ? date : from;
                to = date.isAfter(to) ? date : to;
            }
        }
        return new DateRange(from, to);
    }

    /**
     * Refuses a date outside the range.
     *
     * @param messageKey a translation with {0} for the first day and {1} for the last
     */
    public void require(LocalDate date, String field, String messageKey) {
        if (!contains(date)) {
            throw new InvalidInputException(field, messageKey, min, max);
        }
    }
}
