package com.cohelm.schedule;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a milestone's dates; the history is what both sides point at when they disagree. */
@Entity
@Immutable
@Table(name = "milestone_date_change")
class MilestoneDateChange extends GeneratedKeyRow {

    @Column(name = "milestone_id", nullable = false)
    private long milestoneId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private DateChangeField field;

    @Column(name = "from_date")
    private LocalDate fromDate;

    @Column(name = "to_date")
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 16)
    private SlipCause cause;

    @Column(length = 2000)
    private String explanation;

    @Column(name = "slip_id")
    private Long slipId;

    @Column(name = "changed_by", nullable = false)
    private long changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MilestoneDateChange() {
    }

    MilestoneDateChange(long milestoneId, DateChangeField field, LocalDate fromDate, LocalDate toDate,
            SlipCause cause, String explanation, Long slipId, long changedBy, Instant changedAt) {
        this.milestoneId = milestoneId;
        this.field = field;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.cause = cause;
        this.explanation = explanation;
        this.slipId = slipId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    long getMilestoneId() {
        return milestoneId;
    }

    DateChangeField getField() {
        return field;
    }

    LocalDate getFromDate() {
        return fromDate;
    }

    LocalDate getToDate() {
        return toDate;
    }

    SlipCause getCause() {
        return cause;
    }

    String getExplanation() {
        return explanation;
    }

    Long getSlipId() {
        return slipId;
    }

    long getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }
}
