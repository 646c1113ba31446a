package com.cohelm.goal;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Supplier-internal: read only for supplier staff. */
@Entity
@Immutable
@Table(name = "goal_internal_note")
class GoalInternalNote extends GeneratedKeyRow {

    @Column(name = "goal_id", nullable = false)
    private long goalId;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GoalInternalNote() {
    }

    GoalInternalNote(long goalId, String body, long authorId, Instant createdAt) {
        this.goalId = goalId;
        this.body = body;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    long getAuthorId() {
        return authorId;
    }

    InternalNoteView toView(String authorName) {
        return new InternalNoteView(body, authorName, createdAt);
    }
}
