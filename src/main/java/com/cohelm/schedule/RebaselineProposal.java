package com.cohelm.schedule;

import com.cohelm.base.jpa.VersionedRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** New baseline dates one lead asks the other side's lead to agree to. */
@Entity
@Table(name = "rebaseline_proposal")
class RebaselineProposal extends VersionedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 2000, updatable = false)
    private String reason;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private long proposedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposer_side", nullable = false, length = 8, updatable = false)
    private Side proposerSide;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ProposalState state = ProposalState.PENDING;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    protected RebaselineProposal() {
    }

    RebaselineProposal(long programId, String reason, long proposedBy, Side proposerSide, Instant proposedAt) {
        this.programId = programId;
        this.reason = reason.strip();
        this.proposedBy = proposedBy;
        this.proposerSide = proposerSide;
        this.proposedAt = proposedAt;
    }

    void decide(ProposalState outcome, long userId, String reason, Instant now) {
        this.state = outcome;
        this.decidedBy = userId;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidedAt = now;
    }

    /** The side whose lead decides: the one that did not propose. */
    Side decidingSide() {
        return proposerSide == Side.SUPPLIER ? Side.CUSTOMER : Side.SUPPLIER;
    }

    long getProgramId() {
        return programId;
    }

    String getReason() {
        return reason;
    }

    long getProposedBy() {
        return proposedBy;
    }

    Side getProposerSide() {
        return proposerSide;
    }

    Instant getProposedAt() {
        return proposedAt;
    }

    ProposalState getState() {
        return state;
    }

    Long getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecisionReason() {
        return decisionReason;
    }
}
