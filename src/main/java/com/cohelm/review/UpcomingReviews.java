package com.cohelm.review;

import com.cohelm.security.Side;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unchecked look-up for scheduled jobs that act for each attendee (the "review tomorrow" reminder) or lead
 * (the "sign off the minutes" reminder): it checks no access; the caller checks each person's access to the
 * program before telling them anything.
 */
@Component
public class UpcomingReviews {

    /** A review that has not been closed, with the people invited to it. */
    public record ReviewStart(long reviewId, long programId, String title, Instant startsAt, Set<Long> attendeeIds) {

        public ReviewStart {
            attendeeIds = Set.copyOf(attendeeIds);
        }
    }

    /** A review that is over and not closed, with the sides that have not signed its minutes yet. */
    public record ReviewEnd(long reviewId, long programId, String title, Instant endsAt, Set<Side> unsignedSides) {

        public ReviewEnd {
            unsignedSides = Set.copyOf(unsignedSides);
        }
    }

    /** The longest a review lasts ({@link ReviewDraft}'s limit): one that ended after t started after t minus this. */
    private static final Duration LONGEST = Duration.ofHours(12);

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

    /**
     * Reviews not closed whose planned end lies in [from, to) and that wait for a side's sign-off, the
     * earliest end first; one statement.
     */
    @Transactional(readOnly = true)
    public List<ReviewEnd> endedBetween(Instant from, Instant to) {
        return reviews.findUnsignedStartedBetween(from.minus(LONGEST), to).stream()
                .filter(r -> !r.getEndsAt().isBefore(from) && r.getEndsAt().isBefore(to))
                .map(r -> new ReviewEnd(r.getId(), r.getProgramId(), r.getTitle(), r.getEndsAt(),
                        EnumSet.allOf(Side.class).stream().filter(side -> r.signedBy(side) == null)
                                .collect(Collectors.toSet())))
                .sorted(java.util.Comparator.comparing(ReviewEnd::endsAt)).toList();
    }
}
