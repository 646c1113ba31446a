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

/** A milestone's baseline date in one baseline version. */
@Entity
@Immutable
@Table(name = "baseline_entry")
@IdClass(BaselineEntry.Key.class)
class BaselineEntry extends AssignedKeyRow<BaselineEntry.Key> {

    @Id
    @Column(name = "baseline_id")
    private long baselineId;

    @Id
    @Column(name = "milestone_id")
    private long milestoneId;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    protected BaselineEntry() {
    }

    @Override
    public Key getId() {
        return new Key(baselineId, milestoneId);
    }

    BaselineEntry(long baselineId, long milestoneId, LocalDate baselineDate) {
        this.baselineId = baselineId;
        this.milestoneId = milestoneId;
        this.baselineDate = baselineDate;
    }

    long getMilestoneId() {
        return milestoneId;
    }

    LocalDate getBaselineDate() {
        return baselineDate;
    }

    record Key(long baselineId, long milestoneId) implements Serializable {
    }
}
