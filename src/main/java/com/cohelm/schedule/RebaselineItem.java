package com.cohelm.schedule;

import com.cohelm.base.jpa.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One milestone's baseline as it was when proposed, and the date proposed instead. */
@Entity
@Immutable
@Table(name = "rebaseline_item")
class RebaselineItem extends AssignedKeyRow<RebaselineItem.Key> {

    @Embeddable
    record Key(@Column(name = "proposal_id") long proposalId, @Column(name = "milestone_id") long milestoneId)
            implements Serializable {
    }

    @Column(name = "current_baseline", nullable = false)
    private LocalDate currentBaseline;

    @Column(name = "proposed_baseline", nullable = false)
    private LocalDate proposedBaseline;

    protected RebaselineItem() {
    }

    RebaselineItem(long proposalId, long milestoneId, LocalDate currentBaseline, LocalDate proposedBaseline) {
        super(new Key(proposalId, milestoneId));
        this.currentBaseline = currentBaseline;
        this.proposedBaseline = proposedBaseline;
    }

    long getProposalId() {
        return getId().proposalId();
    }

    long getMilestoneId() {
        return getId().milestoneId();
    }

    LocalDate getCurrentBaseline() {
        return currentBaseline;
    }

    LocalDate getProposedBaseline() {
        return proposedBaseline;
    }
}
