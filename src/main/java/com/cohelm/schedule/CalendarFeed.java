package com.cohelm.schedule;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One person's calendar subscription to one program; only the token's hash is stored. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed extends GeneratedKeyRow {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, long programId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.programId = programId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void used(Instant now) {
        this.lastUsedAt = now;
    }

    long getUserId() {
        return userId;
    }

    long getProgramId() {
        return programId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
