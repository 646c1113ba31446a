package com.cohelm.schedule;

import com.cohelm.base.jpa.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** {@code milestoneId} cannot finish before {@code dependsOnId} does. */
@Entity
@Table(name = "milestone_dependency")
class MilestoneDependency extends AssignedKeyRow<MilestoneDependency.Key> {

    @Embeddable
    record Key(@Column(name = "milestone_id") long milestoneId, @Column(name = "depends_on_id") long dependsOnId)
            implements Serializable {
    }

    protected MilestoneDependency() {
    }

    MilestoneDependency(long milestoneId, long dependsOnId) {
        super(new Key(milestoneId, dependsOnId));
    }

    long getMilestoneId() {
        return getId().milestoneId();
    }

    long getDependsOnId() {
        return getId().dependsOnId();
    }
}
