package com.cohelm.goal;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who confirmed which status, why, and what the measurements suggested then. */
@Entity
@Immutable
@Table(name = "goal_status_change")
class GoalStatusChange extends GeneratedKeyRow {

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private GoalStatus status;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "suggested_status", length = 16)
    private GoalStatus suggestedStatus;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected GoalStatusChange() {
    }

    GoalStatusChange(long goalId, GoalStatus status, GoalStatus suggestedStatus, String reason, long changedBy,
            Instant changedAt) {
        this.goalId = goalId;
        this.status = status;
        this.suggestedStatus = suggestedStatus;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long getGoalId() {
        return goalId;
    }

    GoalStatus getStatus() {
        return status;
    }

    String getReason() {
        return reason;
    }

    java.time.Instant getChangedAt() {
        return changedAt;
    }

    long getChangedBy() {
        return changedBy;
    }

    StatusChangeView toView(String changedByName) {
        return new StatusChangeView(status, suggestedStatus, reason, changedByName, changedAt);
    }
}
