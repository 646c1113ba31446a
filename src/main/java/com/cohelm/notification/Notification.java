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

/**
 * One notification for one person. Written once; only its read time changes, by its recipient alone,
 * so it needs no version.
 */
@Entity
@Table(name = "notification")
class Notification extends GeneratedKeyRow {

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24, updatable = false)
    private NotificationKind kind;

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "program_name", nullable = false, length = 200, updatable = false)
    private String programName;

    @Column(name = "subject_title", nullable = false, length = 500, updatable = false)
    private String subjectTitle;

    @Column(name = "actor_name", length = 200, updatable = false)
    private String actorName;

    @Column(nullable = false, length = 500, updatable = false)
    private String link;

    @Column(name = "supplier_only", nullable = false, updatable = false)
    private boolean supplierOnly;

    @Column(name = "dedupe_key", length = 100, updatable = false)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, NotificationDraft draft, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = draft.kind();
        this.programId = draft.programId();
        this.programName = limit(draft.programName(), 200);
        this.subjectTitle = limit(draft.subjectTitle(), 500);
        this.actorName = draft.actorName() == null ? null : limit(draft.actorName(), 200);
        this.link = draft.link();
        this.supplierOnly = draft.supplierOnly();
        this.dedupeKey = draft.dedupeKey();
        this.createdAt = createdAt;
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationView toView() {
        return new NotificationView(getId(), kind, programId, programName, subjectTitle, actorName, link, createdAt,
                readAt != null);
    }

    long getRecipientId() {
        return recipientId;
    }

    long getProgramId() {
        return programId;
    }

    boolean isSupplierOnly() {
        return supplierOnly;
    }

    String getLink() {
        return link;
    }
}
