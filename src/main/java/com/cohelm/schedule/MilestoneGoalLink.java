package com.cohelm.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;

/** A joint goal the milestone moves forward. */
@Entity
@Table(name = "milestone_goal")
@IdClass(MilestoneGoalLink.Key.class)
class MilestoneGoalLink implements Persistable<MilestoneGoalLink.Key> {

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Id
    @Column(name = "goal_id")
    private long goalId;

    /**
     * Whether this row is in the database. The key is never null, so without this Spring Data would take a new
     * link for a stored one and merge it, and a merge quietly inserts nothing when a stale copy of the same key
     * is still in the persistence context (issue 26: dependencies lost on save).
     */
    @Transient
    private boolean stored;

    protected MilestoneGoalLink() {
    }

    MilestoneGoalLink(long milestoneId, long goalId) {
        this.milestoneId = milestoneId;
        this.goalId = goalId;
    }

    long getMilestoneId() {
        return milestoneId;
    }

    long getGoalId() {
        return goalId;
    }

    @Override
    public Key getId() {
        return new Key(milestoneId, goalId);
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    record Key(long milestoneId, long goalId) implements Serializable {
    }
}
