package com.cohelm.review;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A correction appended to a closed review, with its author and time; the record itself never changes. */
@Entity
@Immutable
@Table(name = "review_amendment")
class ReviewAmendment extends GeneratedKeyRow {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewAmendment() {
    }

    ReviewAmendment(long reviewId, long authorId, String body, Instant createdAt) {
        this.reviewId = reviewId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
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
