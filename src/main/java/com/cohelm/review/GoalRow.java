package com.cohelm.review;

import com.cohelm.goal.GoalStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One goal of the program as a review's summary lists it: its status, latest measurement and target. For a
 * closed review, as it was when the review closed, with what changed since.
 *
 * @param latestValue  null when it had no measurement
 * @param sinceClosing what differs today, for a closed review; empty otherwise
 */
public record GoalRow(long goalId, String title, GoalStatus status, BigDecimal latestValue, LocalDate latestDate,
        String unit, BigDecimal target, LocalDate targetDate, List<AgendaLine> sinceClosing) {

    public GoalRow {
        sinceClosing = sinceClosing == null ? List.of() : List.copyOf(sinceClosing);
    }

    GoalRow withSinceClosing(List<AgendaLine> lines) {
        return new GoalRow(goalId, title, status, latestValue, latestDate, unit, target, targetDate, lines);
    }
}
