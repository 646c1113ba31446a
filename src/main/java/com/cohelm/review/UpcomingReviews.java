package com.cohelm.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unchecked look-up for scheduled jobs that act for each attendee (the "review tomorrow" reminder): it
 * checks no access; the caller checks each attendee's access to the program before telling them anything.
 */
@Component
public class UpcomingReviews {

    /** A review that has not been closed, with the people invited to it. */
    public record ReviewStart(long reviewId, long programId, String title, Instant startsAt, Set<Long> attendeeIds) {

        public ReviewStart {
            attendeeIds = Set.copyOf(attendeeIds);
        }
    }

    private final ReviewRepository reviews;

    UpcomingReviews(ReviewRepository reviews) {
        this.reviews = reviews;
    }

    /** Open reviews that start in [from, to), soonest first; two statements (reviews, then attendees). */
    @Transactional(readOnly = true)
    public List<ReviewStart> startingBetween(Instant from, Instant to) {
        return reviews.findByStartsAtGreaterThanEqualAndStartsAtLessThanAndClosedAtIsNullOrderByStartsAt(from, to)
                .stream().map(r -> new ReviewStart(r.getId(), r.getProgramId(), r.getTitle(), r.getStartsAt(),
                        r.getAttendeeIds())).toList();
    }
}
