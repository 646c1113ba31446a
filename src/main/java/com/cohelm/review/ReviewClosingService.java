package com.cohelm.review;

import static com.cohelm.review.ReviewChanges.entry;
import static com.cohelm.review.ReviewRules.requireContributor;
import static com.cohelm.review.ReviewRules.requireLeadOfOwnSide;
import static com.cohelm.review.ReviewRules.requireOpen;

import com.cohelm.account.AccountDirectory;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.InvalidInputException;
import com.cohelm.security.CurrentUserService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * How a review closes: the minutes are signed off by the program's lead of each side; while a side has
 * signed, nothing changes (the signer withdraws first), and once both have signed the review is closed: a
 * record that is never changed again, only amended. Every method first finds the review as the reader may
 * see it (a review of a program they may not see is missing). Every change is pushed to every open screen
 * of the review.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewClosingService {

    private final ReviewRepository reviews;
    private final ReviewAmendmentRepository amendments;
    private final ReviewChanges changes;
    private final ReviewAssembler assembler;
    private final ReviewSnapshots snapshots;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ReviewClosingService(ReviewRepository reviews, ReviewAmendmentRepository amendments, ReviewChanges changes,
            ReviewAssembler assembler, ReviewSnapshots snapshots, AccountDirectory directory, ActivityRecorder activity,
            CurrentUserService currentUser, Clock clock) {
        this.reviews = reviews;
        this.amendments = amendments;
        this.changes = changes;
        this.assembler = assembler;
        this.snapshots = snapshots;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Signs the minutes off for the reader's side: only the program's lead of that side, once the meeting
     * has started. When the other side has signed too, the review is closed for good.
     */
    public ReviewDetails signOff(long reviewId) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        var program = changes.details(review.getProgramId());
        var user = currentUser.require();
        requireOpen(review);
        requireLeadOfOwnSide(program, user);
        if (review.signedBy(user.side()) != null) {
            throw new InvalidInputException("signOff", "review.error.already-signed");
        }
        if (clock.instant().isBefore(review.getStartsAt())) {
            throw new InvalidInputException("signOff", "review.error.not-started");
        }
        review.signOff(user.side(), user.id(), clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_SIGNED_OFF, locked.access(), review).change(null, user.side().name()));
        var signed = assembler.details(program, review);
        if (review.isClosed()) {
            // the record: what the review shows about each item's data now, never read live again
            snapshots.take(review.getId(), program.id(), signed.agenda(), review.getClosedAt(), null);
            activity.record(entry(ActivityKind.REVIEW_CLOSED, locked.access(), review)
                    .change(null, review.getClosedAt().toString()));
        }
        changes.publish(review, ReviewUpdate.What.SIGN_OFF);
        return signed;
    }

    /** Withdraws the reader's side's sign-off, so the minutes can change again; not once the review is closed. */
    public ReviewDetails withdrawSignOff(long reviewId) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        var program = changes.details(review.getProgramId());
        var user = currentUser.require();
        requireOpen(review);
        requireLeadOfOwnSide(program, user);
        if (review.signedBy(user.side()) == null) {
            throw new InvalidInputException("signOff", "review.error.not-signed");
        }
        review.withdrawSignOff(user.side(), clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_SIGN_OFF_WITHDRAWN, locked.access(), review)
                .change(user.side().name(), null));
        changes.publish(review, ReviewUpdate.What.SIGN_OFF);
        return assembler.details(program, review);
    }

    /** Appends an amendment to a closed review, with its author and time. */
    public AmendmentView amend(long reviewId, @NotBlank @Size(max = 20000) String markdown) {
        var locked = changes.lockForMinutes(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        if (!review.isClosed()) {
            throw new InvalidInputException("amendment", "review.error.amend-open");
        }
        var user = currentUser.require();
        var amendment = amendments.saveAndFlush(new ReviewAmendment(reviewId, user.id(), markdown.strip(), clock.instant()));
        activity.record(entry(ActivityKind.REVIEW_AMENDED, locked.access(), review).change(null, markdown.strip()));
        changes.publish(review, ReviewUpdate.What.AMENDMENT);
        return ReviewAssembler.amendmentView(amendment, directory.people(List.of(user.id())));
    }
}
