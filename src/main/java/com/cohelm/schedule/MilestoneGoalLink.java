package com.cohelm.schedule;

import com.cohelm.base.db.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A joint goal the milestone moves forward. */
@Entity
@Table(name = "milestone_goal")
@IdClass(MilestoneGoalLink.Key.class)
class MilestoneGoalLink extends AssignedKeyRow<MilestoneGoalLink.Key> {

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Id
    @Column(name = "goal_id")
    private long goalId;

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

    record Key(long milestoneId, long goalId) implements Serializable {
    }
}
