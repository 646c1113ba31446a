package com.cohelm.feedback;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The wording a feedback item had before an edit; written once, never changed. */
@Entity
@Immutable
@Table(name = "feedback_item_revision")
class FeedbackRevision extends GeneratedKeyRow {

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private FeedbackKind kind;

    @Column(name = "edited_by", nullable = false)
    private long editedBy;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    protected FeedbackRevision() {
    }

    /** The item's wording as it was until {@code editedAt}. */
    FeedbackRevision(FeedbackItem before, long editedBy, Instant editedAt) {
        this.itemId = before.getId();
        this.title = before.getTitle();
        this.body = before.getBody();
        this.kind = before.getKind();
        this.editedBy = editedBy;
        this.editedAt = editedAt;
    }

    long getItemId() {
        return itemId;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    FeedbackKind getKind() {
        return kind;
    }

    long getEditedBy() {
        return editedBy;
    }

    Instant getEditedAt() {
        return editedAt;
    }
}
