package com.cohelm.review;

import static com.cohelm.review.ReviewChanges.entry;
import static com.cohelm.review.ReviewRules.indexOf;
import static com.cohelm.review.ReviewRules.indexOfOrMinus;
import static com.cohelm.review.ReviewRules.requireContributor;
import static com.cohelm.review.ReviewRules.requireMember;
import static com.cohelm.review.ReviewRules.requireOpen;
import static com.cohelm.review.ReviewRules.requireUnsigned;

import com.cohelm.account.AccountDirectory;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.security.CurrentUserService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A review while it is held: the presenter moves through the agenda, and members of either side write the
 * minutes, record decisions and add action items to the plan under the item shown; viewers follow. Every
 * method first finds the review as the reader may see it (a review of a program they may not see is
 * missing); the minutes change until a side signs them off ({@link ReviewClosingService}). Every change is
 * pushed to every open screen of the review.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewMeetingService {

    private final ReviewItemRepository items;
    private final ReviewNoteRepository notes;
    private final ReviewDecisionRepository decisions;
    private final ReviewActionLinkRepository actionLinks;
    private final ReviewChanges changes;
    private final ReviewAssembler assembler;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ReviewMeetingService(ReviewItemRepository items, ReviewNoteRepository notes, ReviewDecisionRepository decisions,
            ReviewActionLinkRepository actionLinks, ReviewChanges changes, ReviewAssembler assembler,
            ActionService actionService, AccountDirectory directory, ActivityRecorder activity,
            CurrentUserService currentUser, Clock clock) {
        this.items = items;
        this.notes = notes;
        this.decisions = decisions;
        this.actionLinks = actionLinks;
        this.changes = changes;
        this.assembler = assembler;
        this.actionService = actionService;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the presenter

    /**
     * The presenter shows an item: every open screen of the review follows. Not an activity event (it is
     * navigation, not a change to the record), and allowed until the review is closed.
     */
    public void show(long reviewId, long itemId) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireOpen(review);
        indexOf(items.findByReviewIdOrderByPositionAscIdAsc(reviewId), itemId);
        if (!Long.valueOf(itemId).equals(review.getCurrentItemId())) {
            review.show(itemId);
            changes.publish(review, ReviewUpdate.What.CURRENT_ITEM);
        }
    }

    /** The presenter moves to the next ({@code +1}) or previous ({@code -1}) item; returns the item shown. */
    public Optional<Long> step(long reviewId, int offset) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireOpen(review);
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(reviewId);
        if (agenda.isEmpty()) {
            return Optional.empty();
        }
        var current = review.getCurrentItemId() == null ? 0 : Math.max(0, indexOfOrMinus(agenda, review.getCurrentItemId()));
        var next = Math.max(0, Math.min(agenda.size() - 1, current + Integer.signum(offset)));
        var itemId = agenda.get(next).getId();
        if (!itemId.equals(review.getCurrentItemId())) {
            review.show(itemId);
            changes.publish(review, ReviewUpdate.What.CURRENT_ITEM);
        }
        return Optional.of(itemId);
    }

    // ---------------------------------------------------------------- minutes, decisions, actions

    /**
     * Appends a note to an item's minutes. Notes are never overwritten: two people typing at once both
     * keep their words. The shared row lock lets any number of notes in at once, but not past a sign-off.
     */
    public NoteView addNote(long reviewId, long itemId, @NotBlank @Size(max = 20000) String markdown) {
        var locked = changes.lockForMinutes(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireUnsigned(review);
        var item = changes.item(reviewId, itemId);
        var user = currentUser.require();
        var note = notes.saveAndFlush(new ReviewNote(reviewId, item.getId(), user.id(), markdown.strip(), clock.instant()));
        activity.record(entry(ActivityKind.REVIEW_NOTE_ADDED, locked.access(), review).change(null, markdown.strip()));
        changes.publish(review, ReviewUpdate.What.MINUTES);
        return assembler.noteView(note, directory.people(List.of(user.id())));
    }

    /** Records a decision under an item, with who agreed on each side: members of the program's two sides. */
    public DecisionView recordDecision(long reviewId, long itemId, @Valid DecisionDraft draft) {
        var locked = changes.lockForMinutes(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireUnsigned(review);
        var item = changes.item(reviewId, itemId);
        var program = changes.details(review.getProgramId());
        requireMember(program.supplierMembers(), draft.supplierAgreedById(), "supplierAgreedById");
        requireMember(program.customerMembers(), draft.customerAgreedById(), "customerAgreedById");
        var user = currentUser.require();
        var decision = decisions.saveAndFlush(new ReviewDecision(reviewId, item.getId(), draft.text().strip(),
                draft.supplierAgreedById(), draft.customerAgreedById(), user.id(), clock.instant()));
        var people = directory.people(List.of(draft.supplierAgreedById(), draft.customerAgreedById(), user.id()));
        activity.record(entry(ActivityKind.REVIEW_DECISION_RECORDED, locked.access(), review)
                .change(null, draft.text().strip() + "; agreed by " + people.get(draft.supplierAgreedById()).displayName()
                        + " and " + people.get(draft.customerAgreedById()).displayName()));
        changes.publish(review, ReviewUpdate.What.MINUTES);
        return ReviewAssembler.decisionView(decision, people);
    }

    /** Creates the action item in the mutual action plan, with this review as its origin. */
    public ActionItemView addAction(long reviewId, long itemId, @Valid ReviewActionDraft draft) {
        var locked = changes.lockForMinutes(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireUnsigned(review);
        var item = changes.item(reviewId, itemId);
        var action = actionService.create(review.getProgramId(), new ActionDraft(draft.title(), null, draft.assigneeId(),
                draft.dueDate(), ActionStatus.OPEN, null, false, ActionOrigin.REVIEW, reviewId));
        actionLinks.save(new ReviewActionLink(action.id(), reviewId, item.getId()));
        activity.record(entry(ActivityKind.REVIEW_ACTION_ADDED, locked.access(), review).change(null, draft.title()));
        changes.publish(review, ReviewUpdate.What.MINUTES);
        return action;
    }
}
