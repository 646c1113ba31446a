package com.cohelm.review;

import com.cohelm.base.PlainText;
import static com.cohelm.review.ReviewRules.indexOf;
import static com.cohelm.review.ReviewRules.indexOfOrMinus;
import static com.cohelm.review.ReviewRules.nextPosition;
import static com.cohelm.review.ReviewRules.requireArranger;
import static com.cohelm.review.ReviewRules.requireContributor;
import static com.cohelm.review.ReviewRules.requireLeadOfOwnSide;
import static com.cohelm.review.ReviewRules.requireMember;
import static com.cohelm.review.ReviewRules.requireOpen;
import static com.cohelm.review.ReviewRules.requireUnsigned;
import static com.cohelm.review.ReviewRules.validate;

import com.cohelm.account.AccountDirectory;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FieldChanges;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Joint review meetings. Every method first asks the program feature whether the user may see the
 * review's program (an invisible program, or a review of one, answers as not found), then applies the
 * review's own rules:
 * <ul>
 * <li>members of either side schedule reviews, write minutes, record decisions and action items, and move
 * the presenter through the agenda; viewers read;</li>
 * <li>the program's leads (and supplier admins) arrange the agenda: custom items, order, update;</li>
 * <li>the minutes are signed off by the program's lead of each side; while a side has signed, nothing
 * changes (the signer withdraws first), and once both have signed the review is closed: a record that is
 * never changed again, only amended.</li>
 * </ul>
 * Every change records an activity event and, once committed, is pushed to every open screen of the
 * review through {@link ReviewBroadcaster}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    private static final int MAX_OVERDUE_SHOWN = 50;

    private final ReviewRepository reviews;
    private final ReviewItemRepository items;
    private final ReviewNoteRepository notes;
    private final ReviewDecisionRepository decisions;
    private final ReviewActionLinkRepository actionLinks;
    private final ReviewAmendmentRepository amendments;
    private final AgendaBuilder agendaBuilder;
    private final ReviewAssembler assembler;
    private final ReviewSnapshots snapshots;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewItemRepository items, ReviewNoteRepository notes,
            ReviewDecisionRepository decisions, ReviewActionLinkRepository actionLinks,
            ReviewAmendmentRepository amendments, AgendaBuilder agendaBuilder, ReviewAssembler assembler,
            ReviewSnapshots snapshots, ProgramService programService, ProgramAccessPolicy accessPolicy,
            ActionService actionService, AccountDirectory directory, ActivityRecorder activity,
            CurrentUserService currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.notes = notes;
        this.decisions = decisions;
        this.actionLinks = actionLinks;
        this.amendments = amendments;
        this.agendaBuilder = agendaBuilder;
        this.assembler = assembler;
        this.snapshots = snapshots;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.actionService = actionService;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public ReviewsPage page(long programId) {
        var program = program(programId);
        return new ReviewsPage(programId, program.name(), program.canContribute(),
                ReviewAssembler.attendable(program.supplierMembers()), ReviewAssembler.attendable(program.customerMembers()));
    }

    /** One page of the program's reviews, latest first; a fixed number of statements whatever the page. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> reviews(long programId, Pageable pageable) {
        program(programId);
        var page = reviews.findPage(programId, pageable);
        var attendees = assembler.attendeeCounts(page.stream().map(Review::getId).toList());
        return page.stream().map(r -> assembler.summary(r, attendees.getOrDefault(r.getId(), 0))).toList();
    }

    @Transactional(readOnly = true)
    public long count(long programId) {
        program(programId);
        return reviews.countByProgramId(programId);
    }

    /**
     * The program's next review that is not closed, starting from an hour ago (one may be under way): for
     * the program page, so only the access check and two statements.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewSummary> next(long programId) {
        accessPolicy.require(programId);
        return reviews.findUpcomingWithAttendeeCount(List.of(programId), clock.instant().minusSeconds(3600),
                PageRequest.of(0, 1)).stream().findFirst().map(row -> assembler.summary((Review) row[0], ((Number) row[1]).intValue()));
    }

    /** The program a review belongs to, if the reader may see it: for addresses that name only the review. */
    @Transactional(readOnly = true)
    public Optional<Long> programOf(long reviewId) {
        return reviews.findById(reviewId).map(Review::getProgramId)
                .filter(programId -> programService.find(programId).isPresent());
    }

    @Transactional(readOnly = true)
    public Optional<ReviewDetails> review(long reviewId) {
        var review = reviews.findById(reviewId);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        return programService.find(review.get().getProgramId()).map(program -> assembler.details(program, review.get()));
    }

    /** The overdue actions of one side, as the plan shows them, for an OVERDUE_ACTIONS item. */
    @Transactional(readOnly = true)
    public List<ActionItemView> overdueActions(long reviewId, Side side) {
        var review = find(reviewId);
        return actionService.overdue(review.getProgramId(), MAX_OVERDUE_SHOWN).stream()
                .filter(item -> item.waitingOn() == side).toList();
    }

    // ---------------------------------------------------------------- scheduling

    /** Schedules a review; its agenda is built at once from what changed since the program's previous review. */
    public ReviewDetails schedule(long programId, @Valid ReviewDraft draft) {
        var program = program(programId);
        requireContributor(program);
        validate(program, draft, Set.of());
        requireDateInProgram(program, draft.startsAt());
        var user = currentUser.require();
        var now = clock.instant();
        var since = reviews.findFirstByProgramIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(programId, draft.startsAt())
                .map(Review::getStartsAt)
                .orElse(program.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        var review = new Review(programId, since, user.id(), now);
        review.plan(draft.title(), draft.startsAt(), draft.durationMinutes(), draft.location(), draft.attendeeIds(), now);
        reviews.saveAndFlush(review);
        agendaBuilder.addProposals(review, List.of(), now);
        activity.record(entry(ActivityKind.REVIEW_SCHEDULED, program, review).change(null, review.describe()));
        publish(review, ReviewUpdate.What.DETAILS);
        return assembler.details(program, review);
    }

    /** Changes the title, time and attendees if nobody changed them since {@code expectedVersion}. */
    public ReviewDetails update(long reviewId, long expectedVersion, @Valid ReviewDraft draft) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireUnsigned(review);
        if (review.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(assembler.details(program, review));
        }
        // An attendee who has left the program since stays invited: only new attendees must be members.
        validate(program, draft, review.getAttendeeIds());
        if (!draft.startsAt().equals(review.getStartsAt())) {
            requireDateInProgram(program, draft.startsAt()); // a time it has already stays valid (decision 0033)
        }
        var changes = changes(review, draft);
        if (changes.isEmpty()) {
            return assembler.details(program, review); // saved without a change: nothing is written
        }
        review.plan(draft.title(), draft.startsAt(), draft.durationMinutes(), draft.location(), draft.attendeeIds(),
                clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_UPDATED, program, review).change(changes));
        publish(review, ReviewUpdate.What.DETAILS);
        return assembler.details(program, review);
    }

    /** The days a review of this program may be held on, in the reader's time zone (decision 0033). */
    @Transactional(readOnly = true)
    public DateRange datesAllowed(long programId) {
        var program = program(programId);
        return Bounds.aroundProgram(program.startDate(), program.targetEndDate(), today());
    }

    private void requireDateInProgram(ProgramDetails program, Instant startsAt) {
        var zone = currentUser.require().timeZone();
        Bounds.aroundProgram(program.startDate(), program.targetEndDate(), today())
                .require(LocalDate.ofInstant(startsAt, zone), "startsAt", "review.error.date-range");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().timeZone()));
    }

    // ---------------------------------------------------------------- the agenda

    /** Adds what changed since the agenda was built and is not on it yet; returns how many items were added. */
    public int updateAgenda(long reviewId) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireArranger(program);
        requireUnsigned(review);
        var added = agendaBuilder.addProposals(review, items.findByReviewIdOrderByPositionAscIdAsc(reviewId),
                clock.instant());
        if (added > 0) {
            activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, program, review).change(null, "+" + added));
            publish(review, ReviewUpdate.What.AGENDA);
        }
        return added;
    }

    public ReviewDetails addCustomItem(long reviewId, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String detail) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireArranger(program);
        requireUnsigned(review);
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(reviewId);
        var now = clock.instant();
        var proposal = new AgendaProposal(AgendaProposal.CUSTOM, null, null, null, PlainText.requiredLine("title", title),
                detail == null || detail.isBlank() ? null : detail.strip(), now);
        var item = items.save(new ReviewItem(reviewId, nextPosition(agenda), proposal, currentUser.require().id(), now));
        activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, program, review).change(null, title));
        publish(review, ReviewUpdate.What.AGENDA);
        return assembler.details(program, review);
    }

    /** Moves an item up ({@code -1}) or down ({@code +1}) the agenda. */
    public ReviewDetails moveItem(long reviewId, long itemId, int offset) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireArranger(program);
        requireUnsigned(review);
        var agenda = new ArrayList<>(items.findByReviewIdOrderByPositionAscIdAsc(reviewId));
        var from = indexOf(agenda, itemId);
        var to = Math.max(0, Math.min(agenda.size() - 1, from + Integer.signum(offset)));
        if (from != to) {
            agenda.add(to, agenda.remove(from));
            for (int i = 0; i < agenda.size(); i++) {
                agenda.get(i).moveTo(i);
            }
            activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, program, review)
                    .change("item " + itemId + " at " + (from + 1), "at " + (to + 1)));
            publish(review, ReviewUpdate.What.AGENDA);
        }
        return assembler.details(program, review);
    }

    /**
     * The presenter shows an item: every open screen of the review follows. Not an activity event (it is
     * navigation, not a change to the record), and allowed until the review is closed.
     */
    public void show(long reviewId, long itemId) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireOpen(review);
        indexOf(items.findByReviewIdOrderByPositionAscIdAsc(reviewId), itemId);
        if (!Long.valueOf(itemId).equals(review.getCurrentItemId())) {
            review.show(itemId);
            publish(review, ReviewUpdate.What.CURRENT_ITEM);
        }
    }

    /** The presenter moves to the next ({@code +1}) or previous ({@code -1}) item; returns the item shown. */
    public Optional<Long> step(long reviewId, int offset) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
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
            publish(review, ReviewUpdate.What.CURRENT_ITEM);
        }
        return Optional.of(itemId);
    }

    // ---------------------------------------------------------------- minutes, decisions, actions

    /**
     * Appends a note to an item's minutes. Notes are never overwritten: two people typing at once both
     * keep their words. The shared row lock lets any number of notes in at once, but not past a sign-off.
     */
    public NoteView addNote(long reviewId, long itemId, @NotBlank @Size(max = 20000) String markdown) {
        var review = lockForMinutes(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireUnsigned(review);
        var item = item(reviewId, itemId);
        var user = currentUser.require();
        var note = notes.saveAndFlush(new ReviewNote(reviewId, item.getId(), user.id(), markdown.strip(), clock.instant()));
        activity.record(entry(ActivityKind.REVIEW_NOTE_ADDED, program, review).change(null, markdown.strip()));
        publish(review, ReviewUpdate.What.MINUTES);
        return assembler.noteView(note, directory.people(List.of(user.id())));
    }

    public DecisionView recordDecision(long reviewId, long itemId, @Valid DecisionDraft draft) {
        var review = lockForMinutes(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireUnsigned(review);
        var item = item(reviewId, itemId);
        requireMember(program.supplierMembers(), draft.supplierAgreedById(), "supplierAgreedById");
        requireMember(program.customerMembers(), draft.customerAgreedById(), "customerAgreedById");
        var user = currentUser.require();
        var decision = decisions.saveAndFlush(new ReviewDecision(reviewId, item.getId(), draft.text().strip(),
                draft.supplierAgreedById(), draft.customerAgreedById(), user.id(), clock.instant()));
        var people = directory.people(List.of(draft.supplierAgreedById(), draft.customerAgreedById(), user.id()));
        activity.record(entry(ActivityKind.REVIEW_DECISION_RECORDED, program, review).change(null, draft.text().strip()
                + "; agreed by " + people.get(draft.supplierAgreedById()).displayName() + " and "
                + people.get(draft.customerAgreedById()).displayName()));
        publish(review, ReviewUpdate.What.MINUTES);
        return ReviewAssembler.decisionView(decision, people);
    }

    /** Creates the action item in the mutual action plan, with this review as its origin. */
    public ActionItemView addAction(long reviewId, long itemId, @Valid ReviewActionDraft draft) {
        var review = lockForMinutes(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireUnsigned(review);
        var item = item(reviewId, itemId);
        var action = actionService.create(program.id(), new ActionDraft(draft.title(), null, draft.assigneeId(),
                draft.dueDate(), ActionStatus.OPEN, null, false, ActionOrigin.REVIEW, reviewId));
        actionLinks.save(new ReviewActionLink(action.id(), reviewId, item.getId()));
        activity.record(entry(ActivityKind.REVIEW_ACTION_ADDED, program, review).change(null, draft.title()));
        publish(review, ReviewUpdate.What.MINUTES);
        return action;
    }

    // ---------------------------------------------------------------- closing

    /**
     * Signs the minutes off for the reader's side: only the program's lead of that side, once the meeting
     * has started. When the other side has signed too, the review is closed for good.
     */
    public ReviewDetails signOff(long reviewId) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
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
        activity.record(entry(ActivityKind.REVIEW_SIGNED_OFF, program, review).change(null, user.side().name()));
        var signed = assembler.details(program, review);
        if (review.isClosed()) {
            // the record: what the review shows about each item's data now, never read live again
            snapshots.take(review.getId(), program.id(), signed.agenda(), review.getClosedAt(), null);
            activity.record(entry(ActivityKind.REVIEW_CLOSED, program, review).change(null, review.getClosedAt().toString()));
        }
        publish(review, ReviewUpdate.What.SIGN_OFF);
        return signed;
    }

    /**
     * The started, unclosed reviews of the programs I may see that wait for my side's sign-off, where I lead
     * my side: what the "waiting on you" digest lists. Oldest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<SignOffDue> awaitingMySignOff(int limit) {
        var user = currentUser.require();
        // The programs with their leads in one statement: the cost does not grow with the reviews waiting.
        var programs = programService.visiblePrograms();
        if (programs.isEmpty() || user.isViewer()) {
            return List.of();
        }
        var led = programs.values().stream().filter(p -> p.leadOf(user.side()) == user.id())
                .map(com.cohelm.program.VisibleProgram::id).toList();
        if (led.isEmpty()) {
            return List.of();
        }
        return reviews.findUnsignedStarted(led, user.side() == Side.SUPPLIER, clock.instant(), PageRequest.of(0, limit))
                .stream().map(r -> new SignOffDue(r.getId(), r.getProgramId(), programs.get(r.getProgramId()).name(),
                        r.getTitle(), r.getStartsAt())).toList();
    }

    /** Withdraws the reader's side's sign-off, so the minutes can change again; not once the review is closed. */
    public ReviewDetails withdrawSignOff(long reviewId) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        var user = currentUser.require();
        requireOpen(review);
        requireLeadOfOwnSide(program, user);
        if (review.signedBy(user.side()) == null) {
            throw new InvalidInputException("signOff", "review.error.not-signed");
        }
        review.withdrawSignOff(user.side(), clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_SIGN_OFF_WITHDRAWN, program, review).change(user.side().name(), null));
        publish(review, ReviewUpdate.What.SIGN_OFF);
        return assembler.details(program, review);
    }

    /** Appends an amendment to a closed review, with its author and time. */
    public AmendmentView amend(long reviewId, @NotBlank @Size(max = 20000) String markdown) {
        var review = lockForMinutes(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        if (!review.isClosed()) {
            throw new InvalidInputException("amendment", "review.error.amend-open");
        }
        var user = currentUser.require();
        var amendment = amendments.saveAndFlush(new ReviewAmendment(reviewId, user.id(), markdown.strip(), clock.instant()));
        activity.record(entry(ActivityKind.REVIEW_AMENDED, program, review).change(null, markdown.strip()));
        publish(review, ReviewUpdate.What.AMENDMENT);
        return ReviewAssembler.amendmentView(amendment, directory.people(List.of(user.id())));
    }

    // ---------------------------------------------------------------- rules

    private ProgramDetails program(long programId) {
        return programService.find(programId).orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    }

    /** The review if its program is visible to the reader; otherwise exactly like a missing one. */
    private Review find(long reviewId) {
        return reviews.findById(reviewId).filter(r -> programService.find(r.getProgramId()).isPresent())
                .orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
    }

    /**
     * The review under an exclusive lock. The first change once the meeting has begun freezes its agenda: the
     * generated items keep the words they have now (decision 0027).
     */
    private Review lockForChange(long reviewId) {
        find(reviewId);
        var review = reviews.findForUpdate(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        if (review.isAgendaDueToFreeze(clock.instant())) {
            agendaBuilder.freeze(review, clock.instant());
        }
        return review;
    }

    /** The review under a shared lock, for the minutes; the exclusive one when the agenda is to be frozen first. */
    private Review lockForMinutes(long reviewId) {
        if (find(reviewId).isAgendaDueToFreeze(clock.instant())) {
            return lockForChange(reviewId);
        }
        return reviews.findForMinutes(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
    }

    private ReviewItem item(long reviewId, long itemId) {
        return items.findByIdAndReviewId(itemId, reviewId)
                .orElseThrow(() -> new ResourceNotFoundException("Agenda item", itemId));
    }

    /** What an update changes, the attendees named. */
    private FieldChanges changes(Review review, ReviewDraft draft) {
        var changes = new FieldChanges()
                .field("title", review.getTitle(), PlainText.line(draft.title()))
                .field("starts", review.getStartsAt(), draft.startsAt())
                .field("minutes", review.getDurationMinutes(), draft.durationMinutes())
                .field("location", review.getLocation(), location(draft.location()));
        if (!review.getAttendeeIds().equals(draft.attendeeIds())) {
            var ids = new HashSet<>(review.getAttendeeIds());
            ids.addAll(draft.attendeeIds());
            var people = directory.people(ids);
            changes.set("attendees", review.getAttendeeIds(), draft.attendeeIds(),
                    id -> people.containsKey(id) ? people.get(id).displayName() : "#" + id);
        }
        return changes;
    }

    // ---------------------------------------------------------------- building

    private void publish(Review review, ReviewUpdate.What what) {
        events.publishEvent(new ReviewUpdate(review.getId(), review.getProgramId(), what));
    }

    /** A review's place as {@link Review} stores it: cleaned, and none when nothing is left. */
    private static String location(String location) {
        var place = PlainText.line(location);
        return place == null || place.isEmpty() ? null : place;
    }

    private static ActivityEntry entry(ActivityKind kind, ProgramDetails program, Review review) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("review", review.getId(), review.getTitle());
    }
}
