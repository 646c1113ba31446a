package com.cohelm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a closed review showed about its agenda items' data when it closed, as one JSON document
 * ({@link ReviewSnapshots.Document}, {@code format} says which shape). Written once, at closing; never changed.
 */
@Entity
@Table(name = "review_snapshot")
class ReviewSnapshot {

    @Id
    @Column(name = "review_id")
    private Long reviewId;

    @Column(nullable = false, updatable = false)
    private int format;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "as_of", nullable = false, updatable = false)
    private Instant asOf;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String document;

    protected ReviewSnapshot() {
    }

    ReviewSnapshot(long reviewId, int format, Instant takenAt, Instant asOf, String document) {
        this.reviewId = reviewId;
        this.format = format;
        this.takenAt = takenAt;
        this.asOf = asOf;
        this.document = document;
    }

    long getReviewId() {
        return reviewId;
    }

    int getFormat() {
        return format;
    }

    Instant getAsOf() {
        return asOf;
    }

    String getDocument() {
        return document;
    }
}
