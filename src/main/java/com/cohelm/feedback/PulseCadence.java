package com.cohelm.feedback;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** How often pulses open by themselves; each period gets exactly one, named by its period key. */
public enum PulseCadence {
    NONE,
    MONTHLY,
    QUARTERLY;

    /** The calendar period a day falls in, such as {@code 2026-11} or {@code 2026-Q4}; null for NONE. */
    public String periodKey(LocalDate day) {
        return switch (this) {
            case NONE -> null;
            case MONTHLY -> "%d-%02d".formatted(day.getYear(), day.getMonthValue());
            case QUARTERLY -> "%d-Q%d".formatted(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
        };
    }
}
