package com.cohelm.schedule;

import com.cohelm.base.jpa.VersionedRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A planned date moved later than promised, with the cause, the explanation and the recovery plan, and
 * where the other side stands on it.
 */
@Entity
@Table(name = "milestone_slip")
class MilestoneSlip extends VersionedRow {

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private long milestoneId;

    @Column(name = "from_date", nullable = false, updatable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false, updatable = false)
    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16, updatable = false)
    private SlipCause cause;

    @Column(nullable = false, length = 2000, updatable = false)
    private String explanation;

    @Column(name = "recovery_plan", nullable = false, length = 2000, updatable = false)
    private String recoveryPlan;

    @Column(name = "reported_by", nullable = false, updatable = false)
    private long reportedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "reported_side", nullable = false, length = 8, updatable = false)
    private Side reportedSide;

    @Column(name = "reported_at", nullable = false, updatable = false)
    private Instant reportedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SlipState state = SlipState.OPEN;

    @Column(length = 2000)
    private String compromise;

    protected MilestoneSlip() {
    }

    MilestoneSlip(long milestoneId, LocalDate fromDate, LocalDate toDate, SlipReport report, long reportedBy,
            Side reportedSide, Instant reportedAt) {
        this.milestoneId = milestoneId;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.cause = report.cause();
        this.explanation = report.explanation().strip();
        this.recoveryPlan = report.recoveryPlan().strip();
        this.reportedBy = reportedBy;
        this.reportedSide = reportedSide;
        this.reportedAt = reportedAt;
    }

    /** The side that answers the slip: the one that did not report it. */
    Side respondingSide() {
        return reportedSide == Side.SUPPLIER ? Side.CUSTOMER : Side.SUPPLIER;
    }

    void respond(SlipState newState) {
        this.state = newState;
    }

    void settle(String compromise) {
        this.state = SlipState.RESOLVED;
        this.compromise = compromise;
    }

    long getMilestoneId() {
        return milestoneId;
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

    String getRecoveryPlan() {
        return recoveryPlan;
    }

    long getReportedBy() {
        return reportedBy;
    }

    Side getReportedSide() {
        return reportedSide;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    SlipState getState() {
        return state;
    }

    String getCompromise() {
        return compromise;
    }
}
