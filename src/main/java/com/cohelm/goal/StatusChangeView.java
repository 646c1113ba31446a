package com.cohelm.goal;

import java.time.Instant;

public record StatusChangeView(GoalStatus status, GoalStatus suggestedStatus, String reason, String changedBy,
        Instant changedAt) {
}
