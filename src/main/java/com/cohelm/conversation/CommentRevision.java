package com.cohelm.conversation;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** An earlier wording of a comment, kept when its author edited it. */
@Entity
@Immutable
@Table(name = "comment_revision")
class CommentRevision extends GeneratedKeyRow {

    @Column(name = "comment_id", nullable = false)
    private long commentId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false)
    private Instant replacedAt;

    protected CommentRevision() {
    }

    CommentRevision(long commentId, String body, Instant writtenAt, Instant replacedAt) {
        this.commentId = commentId;
        this.body = body;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
    }

    long getCommentId() {
        return commentId;
    }

    String getBody() {
        return body;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }
}
