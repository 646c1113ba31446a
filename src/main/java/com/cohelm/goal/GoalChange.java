package com.cohelm.goal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One change to a goal that both sides may read, for a review's agenda: a status the owners confirmed
 * (with their reason), or a new measurement (with its note). Internal notes are never changes here.
 *
 * @param status the confirmed status for a {@link Kind#STATUS_CONFIRMED}; the goal's current status for a measurement
 * @param value  the measured value for a {@link Kind#MEASURED}, else null
 * @param text   the owners' reason, or the measurement's note (may be null)
 * @param at     when it was recorded
 * @param measuredOn the day measured, for a {@link Kind#MEASURED}; else null
 */
public record GoalChange(Kind kind, long goalId, String goalTitle, GoalStatus status, BigDecimal value, String unit,
        String text, Instant at, java.time.LocalDate measuredOn) {

    public enum Kind {
        STATUS_CONFIRMED,
        MEASURED
    }
}
