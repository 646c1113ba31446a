package com.cohelm.schedule;

import com.cohelm.base.jpa.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A milestone's baseline date in one baseline version. */
@Entity
@Immutable
@Table(name = "baseline_entry")
class BaselineEntry extends AssignedKeyRow<BaselineEntry.Key> {

    @Embeddable
    record Key(@Column(name = "baseline_id") long baselineId, @Column(name = "milestone_id") long milestoneId)
            implements Serializable {
    }

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    protected BaselineEntry() {
    }

    BaselineEntry(long baselineId, long milestoneId, LocalDate baselineDate) {
        super(new Key(baselineId, milestoneId));
        this.baselineDate = baselineDate;
    }

    long getMilestoneId() {
        return getId().milestoneId();
    }

    LocalDate getBaselineDate() {
        return baselineDate;
    }
}
