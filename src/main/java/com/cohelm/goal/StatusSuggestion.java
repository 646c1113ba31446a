package com.cohelm.goal;

import java.math.BigDecimal;

/**
 * What the measurements say about a goal.
 *
 * @param status         the suggested status (never DROPPED: only people drop a goal)
 * @param projectedValue the least-squares projection of the measurements to the target date
 */
public record StatusSuggestion(GoalStatus status, BigDecimal projectedValue) {
}
