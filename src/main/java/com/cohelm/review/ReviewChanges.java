package com.cohelm.review;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How the review services ({@link ReviewService}, {@link ReviewMeetingService}, {@link ReviewClosingService})
 * find a review and tell the others of a change: the review with the reader's access to its program, under
 * the lock the change needs; the program's details, only where a change needs its members or leads; the
 * activity entry; the push to every open screen of the review ({@link ReviewBroadcaster}, once committed).
 *
 * <p>A review names its program, the address names only the review: a review of a program the reader may
 * not see is missing, exactly like one that does not exist, and it is the page that records the refusal
 * (with the review's address). So this asks {@link ProgramAccessPolicy#find} rather than
 * {@link ProgramAccessPolicy#require}, which would record the program's id, and the page once more.
 */
@Component
class ReviewChanges {

    private final ReviewRepository reviews;
    private final ReviewItemRepository items;
    private final AgendaBuilder agendaBuilder;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewChanges(ReviewRepository reviews, ReviewItemRepository items, AgendaBuilder agendaBuilder,
            ProgramAccessPolicy accessPolicy, ProgramService programService, ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.agendaBuilder = agendaBuilder;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.events = events;
        this.clock = clock;
    }

    /** A review the reader may see, with their access to its program. */
    record Visible(Review review, ProgramAccess access) {
    }

    /** The review if its program is visible to the reader; otherwise exactly like a missing one. */
    Visible find(long reviewId) {
        var review = reviews.findById(reviewId);
        var access = review.flatMap(r -> accessPolicy.find(r.getProgramId()));
        if (access.isEmpty()) {
            throw new ResourceNotFoundException("Review", reviewId);
        }
        return new Visible(review.get(), access.get());
    }

    /**
     * The review under an exclusive lock. The first change once the meeting has begun freezes its agenda: the
     * generated items keep the words they have now (decision 0027).
     */
    Visible lockForChange(long reviewId) {
        return locked(reviewId, find(reviewId).access());
    }

    /** The review under a shared lock, for the minutes; the exclusive one when the agenda is to be frozen first. */
    Visible lockForMinutes(long reviewId) {
        var visible = find(reviewId);
        if (visible.review().isAgendaDueToFreeze(clock.instant())) {
            return locked(reviewId, visible.access());
        }
        var review = reviews.findForMinutes(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        return new Visible(review, visible.access());
    }

    private Visible locked(long reviewId, ProgramAccess access) {
        var review = reviews.findForUpdate(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        if (review.isAgendaDueToFreeze(clock.instant())) {
            agendaBuilder.freeze(review, clock.instant());
        }
        return new Visible(review, access);
    }

    /** The program's members, leads and names, for a change that needs more than the reader's access. */
    ProgramDetails details(long programId) {
        return programService.find(programId).orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    }

    ReviewItem item(long reviewId, long itemId) {
        return items.findByIdAndReviewId(itemId, reviewId)
                .orElseThrow(() -> new ResourceNotFoundException("Agenda item", itemId));
    }

    void publish(Review review, ReviewUpdate.What what) {
        events.publishEvent(new ReviewUpdate(review.getId(), review.getProgramId(), what));
    }

    static ActivityEntry entry(ActivityKind kind, ProgramAccess access, Review review) {
        return ActivityEntry.of(kind).organization(access.customerId()).program(access.programId())
                .subject("review", review.getId(), review.getTitle());
    }
}
