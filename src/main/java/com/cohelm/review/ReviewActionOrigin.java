package com.cohelm.review;

import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionOriginSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A review as the origin of action items: only one of the item's own program. */
@Component
@Transactional(readOnly = true)
class ReviewActionOrigin implements ActionOriginSource {

    private final ReviewRepository reviews;

    ReviewActionOrigin(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    @Override
    public ActionOrigin origin() {
        return ActionOrigin.REVIEW;
    }

    @Override
    public boolean isInProgram(long programId, long originId) {
        return reviews.findById(originId).filter(review -> review.getProgramId() == programId).isPresent();
    }
}
