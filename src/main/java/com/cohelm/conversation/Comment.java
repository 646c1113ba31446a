package com.cohelm.conversation;

import com.cohelm.base.jpa.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One comment in a thread. Never removed: deleting marks it, editing keeps the earlier wording. */
@Entity
@Table(name = "comment")
class Comment extends VersionedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 16)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deleted_by")
    private Long deletedBy;

    protected Comment() {
    }

    Comment(CommentSubject subject, long authorId, String body, Instant createdAt) {
        this.programId = subject.programId();
        this.subjectType = subject.type();
        this.subjectId = subject.id();
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    boolean belongsTo(CommentSubject subject) {
        return programId == subject.programId() && subjectType.equals(subject.type()) && subjectId == subject.id();
    }

    /** The new wording; the caller keeps the earlier one as a revision. */
    void reword(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    void markDeleted(long by, Instant at) {
        this.deletedBy = by;
        this.deletedAt = at;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    /** When the current wording was written: its edit, or the comment's creation. */
    Instant wordedAt() {
        return editedAt != null ? editedAt : createdAt;
    }

    long getAuthorId() {
        return authorId;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getEditedAt() {
        return editedAt;
    }

    Instant getDeletedAt() {
        return deletedAt;
    }

    Long getDeletedBy() {
        return deletedBy;
    }
}
