package com.cohelm.goal;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A measured value is a fact: it is added, never edited. */
@Entity
@Immutable
@Table(name = "goal_measurement")
class GoalMeasurement extends GeneratedKeyRow {

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected GoalMeasurement() {
    }

    GoalMeasurement(long goalId, LocalDate measuredOn, BigDecimal value, String note, long recordedBy,
            Instant recordedAt) {
        this.goalId = goalId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getGoalId() {
        return goalId;
    }

    long getRecordedBy() {
        return recordedBy;
    }

    MeasurementPoint point() {
        return new MeasurementPoint(measuredOn, value.stripTrailingZeros());
    }

    String getNote() {
        return note;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
