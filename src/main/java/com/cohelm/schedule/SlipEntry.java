package com.cohelm.schedule;

import com.cohelm.base.jpa.GeneratedKeyRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one side said under a slip; the thread is a record, so posts are never edited. */
@Entity
@Immutable
@Table(name = "milestone_slip_entry")
class SlipEntry extends GeneratedKeyRow {

    @Column(name = "slip_id", nullable = false)
    private long slipId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private SlipEntryKind kind;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "author_side", nullable = false, length = 8)
    private Side authorSide;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SlipEntry() {
    }

    SlipEntry(long slipId, SlipEntryKind kind, String body, long authorId, Side authorSide, Instant createdAt) {
        this.slipId = slipId;
        this.kind = kind;
        this.body = body;
        this.authorId = authorId;
        this.authorSide = authorSide;
        this.createdAt = createdAt;
    }

    long getSlipId() {
        return slipId;
    }

    SlipEntryKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    long getAuthorId() {
        return authorId;
    }

    Side getAuthorSide() {
        return authorSide;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
