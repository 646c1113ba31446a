package com.cohelm.schedule;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a milestone's date history: who moved which date, when, from and to, and why. */
public record DateChangeView(
        DateChangeField field,
        LocalDate fromDate,
        LocalDate toDate,
        SlipCause cause,
        String explanation,
        String changedBy,
        Instant changedAt) {
}
