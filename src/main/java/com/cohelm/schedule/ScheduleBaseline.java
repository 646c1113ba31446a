package com.cohelm.schedule;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Baseline version B{number} of a program: B0 is the first agreed schedule. */
@Entity
@Immutable
@Table(name = "schedule_baseline")
class ScheduleBaseline extends GeneratedKeyRow {

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(nullable = false)
    private int number;

    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScheduleBaseline() {
    }

    ScheduleBaseline(long programId, int number, Long proposalId, Instant createdAt) {
        this.programId = programId;
        this.number = number;
        this.proposalId = proposalId;
        this.createdAt = createdAt;
    }

    int getNumber() {
        return number;
    }

    Long getProposalId() {
        return proposalId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
