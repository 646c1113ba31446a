package com.cohelm.health;

import com.cohelm.review.ReviewDates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The last joint review of each program, from the reviews feature. */
@Component
class HeldReviews implements LastReviews {

    private final ReviewDates reviews;

    HeldReviews(ReviewDates reviews) {
        this.reviews = reviews;
    }

    @Override
    public Map<Long, LocalDate> lastReviewDates(Collection<Long> programIds) {
        return reviews.lastHeld(programIds);
    }
}
