package com.cohelm.notification;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The claim on one person's digest of one period: its unique key lets it be sent once. */
@Entity
@Table(name = "digest_sent")
class DigestSent extends GeneratedKeyRow {

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8, updatable = false)
    private Digest digest;

    @Column(name = "period_key", nullable = false, length = 16, updatable = false)
    private String periodKey;

    @Column(name = "claimed_at", nullable = false, updatable = false)
    private Instant claimedAt;

    protected DigestSent() {
    }

    DigestSent(long userId, Digest digest, String periodKey, Instant claimedAt) {
        this.userId = userId;
        this.digest = digest;
        this.periodKey = periodKey;
        this.claimedAt = claimedAt;
    }

    Instant getClaimedAt() {
        return claimedAt;
    }
}
