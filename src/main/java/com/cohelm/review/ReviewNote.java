package com.cohelm.review;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A paragraph of an agenda item's minutes. Minutes are append-only: two people writing at the same time
 * each add a note, so neither overwrites the other (decision 0016).
 */
@Entity
@Immutable
@Table(name = "review_note")
class ReviewNote extends GeneratedKeyRow {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewNote() {
    }

    ReviewNote(long reviewId, long itemId, long authorId, String body, Instant createdAt) {
        this.reviewId = reviewId;
        this.itemId = itemId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    long getItemId() {
        return itemId;
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
}
