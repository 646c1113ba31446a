package com.cohelm.schedule;

import com.cohelm.base.db.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** {@code milestoneId} cannot finish before {@code dependsOnId} does. */
@Entity
@Table(name = "milestone_dependency")
@IdClass(MilestoneDependency.Key.class)
class MilestoneDependency extends AssignedKeyRow<MilestoneDependency.Key> {

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Id
    @Column(name = "depends_on_id")
    private long dependsOnId;

    protected MilestoneDependency() {
    }

    MilestoneDependency(long milestoneId, long dependsOnId) {
        this.milestoneId = milestoneId;
        this.dependsOnId = dependsOnId;
    }

    long getMilestoneId() {
        return milestoneId;
    }

    long getDependsOnId() {
        return dependsOnId;
    }

    @Override
    public Key getId() {
        return new Key(milestoneId, dependsOnId);
    }

    record Key(long milestoneId, long dependsOnId) implements Serializable {
    }
}
