package com.cohelm.schedule;

import com.cohelm.base.db.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One milestone's baseline as it was when proposed, and the date proposed instead. */
@Entity
@Immutable
@Table(name = "rebaseline_item")
@IdClass(RebaselineItem.Key.class)
class RebaselineItem extends AssignedKeyRow<RebaselineItem.Key> {

    @Id
    @Column(name = "proposal_id")
    private long proposalId;

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Column(name = "current_baseline", nullable = false)
    private LocalDate currentBaseline;

    @Column(name = "proposed_baseline", nullable = false)
    private LocalDate proposedBaseline;

    protected RebaselineItem() {
    }

    @Override
    public Key getId() {
        return new Key(proposalId, milestoneId);
    }

    RebaselineItem(long proposalId, long milestoneId, LocalDate currentBaseline, LocalDate proposedBaseline) {
        this.proposalId = proposalId;
        this.milestoneId = milestoneId;
        this.currentBaseline = currentBaseline;
        this.proposedBaseline = proposedBaseline;
    }

    long getProposalId() {
        return proposalId;
    }

    long getMilestoneId() {
        return milestoneId;
    }

    LocalDate getCurrentBaseline() {
        return currentBaseline;
    }

    LocalDate getProposedBaseline() {
        return proposedBaseline;
    }

    record Key(long proposalId, long milestoneId) implements Serializable {
    }
}
