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

/** {@code milestoneId} cannot finish before {@code dependsOnId} does. */
@Entity
@Table(name = "milestone_dependency")
@IdClass(MilestoneDependency.Key.class)
class MilestoneDependency implements Persistable<MilestoneDependency.Key> {

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Id
    @Column(name = "depends_on_id")
    private long dependsOnId;

    /**
     * Whether this row is in the database. The key is never null, so without this Spring Data would take a new
     * link for a stored one and merge it, and a merge quietly inserts nothing when a stale copy of the same key
     * is still in the persistence context (issue 26: dependencies lost on save).
     */
    @Transient
    private boolean stored;

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

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }

    record Key(long milestoneId, long dependsOnId) implements Serializable {
    }
}
