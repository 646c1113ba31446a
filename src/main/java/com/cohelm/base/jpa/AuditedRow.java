package com.cohelm.base.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A versioned row whose {@code created_at} and {@code updated_at} only keep when it was made and last changed:
 * Spring Data's auditing stamps both from the application's {@code Clock} ({@link ClockAuditing}), the one when
 * the row is first stored, the other whenever a flush writes it. Hibernate writes (and calls {@code @PreUpdate}
 * on) only a row whose values changed, so a save without a change moves neither {@code updated_at} nor the
 * version (decision 0022); nothing in the entity sets them.
 *
 * <p>Entities whose times are part of what they say (an action's age, a pulse answer's date, a demo history
 * written days back, a presenter's move that is not an edit) are {@link TimestampedRow}s and state their times
 * themselves: auditing would overwrite a stated time with the clock's.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedRow extends VersionedRow {

    @CreatedDate
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @LastModifiedDate
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Marks a change that none of the row's own columns show (a change of what hangs on it, e.g. a program's
     * team), so that the next flush writes the row anyway: its version moves and a stale form conflicts. Auditing
     * stamps the time; until that flush {@link #getUpdatedAt()} is null.
     */
    public void touch() {
        updatedAt = null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
