package com.cohelm.schedule;

import com.cohelm.base.jpa.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A joint goal the milestone moves forward. */
@Entity
@Table(name = "milestone_goal")
class MilestoneGoalLink extends AssignedKeyRow<MilestoneGoalLink.Key> {

    @Embeddable
    record Key(@Column(name = "milestone_id") long milestoneId, @Column(name = "goal_id") long goalId)
            implements Serializable {
    }

    protected MilestoneGoalLink() {
    }

    MilestoneGoalLink(long milestoneId, long goalId) {
        super(new Key(milestoneId, goalId));
    }

    long getMilestoneId() {
        return getId().milestoneId();
    }

    long getGoalId() {
        return getId().goalId();
    }
}
