package com.cohelm.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The agenda item an action of the mutual action plan was agreed under; the plan itself knows the review. */
@Entity
@Immutable
@Table(name = "review_action")
class ReviewActionLink {

    @Id
    @Column(name = "action_id")
    private Long actionId;

    @Column(name = "review_id", nullable = false)
    private long reviewId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    protected ReviewActionLink() {
    }

    ReviewActionLink(long actionId, long reviewId, long itemId) {
        this.actionId = actionId;
        this.reviewId = reviewId;
        this.itemId = itemId;
    }

    Long getActionId() {
        return actionId;
    }

    long getItemId() {
        return itemId;
    }
}
