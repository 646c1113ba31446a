package com.cohelm.review;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** What was decided under an agenda item, and the person on each side who agreed to it. */
@Entity
@Immutable
@Table(name = "review_decision")
class ReviewDecision extends GeneratedKeyRow {

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "supplier_agreed_by", nullable = false)
    private long supplierAgreedBy;

    @Column(name = "customer_agreed_by", nullable = false)
    private long customerAgreedBy;

    @Column(name = "recorded_by", nullable = false)
    private long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReviewDecision() {
    }

    ReviewDecision(long reviewId, long itemId, String text, long supplierAgreedBy, long customerAgreedBy,
            long recordedBy, Instant recordedAt) {
        this.reviewId = reviewId;
        this.itemId = itemId;
        this.text = text;
        this.supplierAgreedBy = supplierAgreedBy;
        this.customerAgreedBy = customerAgreedBy;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    long getItemId() {
        return itemId;
    }

    String getText() {
        return text;
    }

    long getSupplierAgreedBy() {
        return supplierAgreedBy;
    }

    long getCustomerAgreedBy() {
        return customerAgreedBy;
    }

    long getRecordedBy() {
        return recordedBy;
    }

    Instant getRecordedAt() {
        return recordedAt;
    }
}
