package com.cohelm.base.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A versioned row with {@code created_at} and {@code updated_at} whose entity states both times itself, because
 * they are part of what it says: an action's age and a pulse answer's date are shown and measured, the demo writes
 * its history days back, and a presenter's move through the agenda is not a change of the review. Each time comes
 * from the caller, which reads it from the application's {@code Clock}. Where the times only keep when a row was
 * made and last changed, {@link AuditedRow} has auditing stamp them instead.
 */
@MappedSuperclass
public abstract class TimestampedRow extends VersionedRow {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TimestampedRow() {
    }

    /** A new row, made at {@code createdAt}: that is also its last change. */
    protected TimestampedRow(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Records a change at {@code at}; the caller changes the row only if a value really changed (decision 0022). */
    protected void changedAt(Instant at) {
        this.updatedAt = at;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
