package com.cohelm.review;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.markdown.MarkdownRenderer;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
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
    private final List<AgendaSource> sources;
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
            ReviewAmendmentRepository amendments, List<AgendaSource> sources, ProgramService programService,
            ProgramAccessPolicy accessPolicy, ActionService actionService, AccountDirectory directory, ActivityRecorder activity,
            CurrentUserService currentUser, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.notes = notes;
        this.decisions = decisions;
        this.actionLinks = actionLinks;
        this.amendments = amendments;
        this.sources = List.copyOf(sources);
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
        return new ReviewsPage(programId, program.name(), program.canContribute(), attendable(program.supplierMembers()),
                attendable(program.customerMembers()));
    }

    /** One page of the program's reviews, latest first; a fixed number of statements whatever the page. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> reviews(long programId, Pageable pageable) {
        program(programId);
        var page = reviews.findPage(programId, pageable);
        var attendees = attendeeCounts(page.stream().map(Review::getId).toList());
        return page.stream().map(r -> summary(r, attendees.getOrDefault(r.getId(), 0))).toList();
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
                PageRequest.of(0, 1)).stream().findFirst().map(row -> summary((Review) row[0], ((Number) row[1]).intValue()));
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
        return programService.find(review.get().getProgramId()).map(program -> details(program, review.get()));
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
        validate(program, draft);
        var user = currentUser.require();
        var now = clock.instant();
        var since = reviews.findFirstByProgramIdAndStartsAtBeforeOrderByStartsAtDescIdDesc(programId, draft.startsAt())
                .map(Review::getStartsAt)
                .orElse(program.startDate().atStartOfDay(ZoneOffset.UTC).toInstant());
        var review = new Review(programId, since, user.id(), now);
        review.plan(draft.title(), draft.startsAt(), draft.durationMinutes(), draft.location(), draft.attendeeIds(), now);
        reviews.saveAndFlush(review);
        addProposals(review, List.of(), now);
        activity.record(entry(ActivityKind.REVIEW_SCHEDULED, program, review).change(null, review.describe()));
        publish(review, ReviewUpdate.What.DETAILS);
        return details(program, review);
    }

    /** Changes the title, time and attendees if nobody changed them since {@code expectedVersion}. */
    public ReviewDetails update(long reviewId, long expectedVersion, @Valid ReviewDraft draft) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireContributor(program);
        requireUnsigned(review);
        if (review.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, review));
        }
        validate(program, draft);
        var before = review.describe();
        review.plan(draft.title(), draft.startsAt(), draft.durationMinutes(), draft.location(), draft.attendeeIds(),
                clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_UPDATED, program, review).change(before, review.describe()));
        publish(review, ReviewUpdate.What.DETAILS);
        return details(program, review);
    }

    // ---------------------------------------------------------------- the agenda

    /** Adds what changed since the agenda was built and is not on it yet; returns how many items were added. */
    public int updateAgenda(long reviewId) {
        var review = lockForChange(reviewId);
        var program = program(review.getProgramId());
        requireArranger(program);
        requireUnsigned(review);
        var added = addProposals(review, items.findByReviewIdOrderByPositionAscIdAsc(reviewId), clock.instant());
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
        var proposal = new AgendaProposal(AgendaProposal.CUSTOM, null, null, null, title.strip(),
                detail == null || detail.isBlank() ? null : detail.strip(), now);
        var item = items.save(new ReviewItem(reviewId, nextPosition(agenda), proposal, currentUser.require().id(), now));
        activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, program, review).change(null, title));
        publish(review, ReviewUpdate.What.AGENDA);
        return details(program, review);
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
        return details(program, review);
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
        return noteView(note, directory.people(List.of(user.id())));
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
        return decisionView(decision, people);
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
        if (review.isClosed()) {
            activity.record(entry(ActivityKind.REVIEW_CLOSED, program, review).change(null, review.getClosedAt().toString()));
        }
        publish(review, ReviewUpdate.What.SIGN_OFF);
        return details(program, review);
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
        return details(program, review);
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
        return amendmentView(amendment, directory.people(List.of(user.id())));
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

    private Review lockForChange(long reviewId) {
        find(reviewId);
        return reviews.findForUpdate(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
    }

    private Review lockForMinutes(long reviewId) {
        find(reviewId);
        return reviews.findForMinutes(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
    }

    private ReviewItem item(long reviewId, long itemId) {
        return items.findByIdAndReviewId(itemId, reviewId)
                .orElseThrow(() -> new ResourceNotFoundException("Agenda item", itemId));
    }

    private static void requireContributor(ProgramDetails program) {
        if (!program.canContribute()) {
            throw new AccessDeniedException("Viewers do not change reviews");
        }
    }

    private static void requireArranger(ProgramDetails program) {
        if (!program.canEdit()) {
            throw new AccessDeniedException("Only leads arrange the agenda of program " + program.id());
        }
    }

    private static void requireOpen(Review review) {
        if (review.isClosed()) {
            throw new InvalidInputException("review", "review.error.closed");
        }
    }

    /** Closed reviews never change; while one side has signed, the minutes it signed stay as they are. */
    private static void requireUnsigned(Review review) {
        requireOpen(review);
        if (review.isSignedByAnySide()) {
            throw new InvalidInputException("review", "review.error.signed");
        }
    }

    private static void requireLeadOfOwnSide(ProgramDetails program, CurrentUser user) {
        var lead = user.side() == Side.SUPPLIER ? program.supplierLead() : program.customerLead();
        if (lead.id() != user.id() || user.isViewer()) {
            throw new AccessDeniedException("Only the program's lead of each side signs off");
        }
    }

    private static void requireMember(List<PersonSummary> members, Long personId, String field) {
        if (personId == null || members.stream().noneMatch(p -> p.id() == personId)) {
            throw new InvalidInputException(field, "review.error.agreed-by");
        }
    }

    private static void validate(ProgramDetails program, ReviewDraft draft) {
        var supplier = ids(program.supplierMembers());
        var customer = ids(program.customerMembers());
        for (var id : draft.attendeeIds()) {
            if (!supplier.contains(id) && !customer.contains(id)) {
                throw new InvalidInputException("attendeeIds", "review.error.attendee");
            }
        }
        if (draft.attendeeIds().stream().noneMatch(supplier::contains)
                || draft.attendeeIds().stream().noneMatch(customer::contains)) {
            throw new InvalidInputException("attendeeIds", "review.error.both-sides");
        }
    }

    private static Set<Long> ids(List<PersonSummary> people) {
        return people.stream().map(PersonSummary::id).collect(Collectors.toSet());
    }

    private static int indexOf(List<ReviewItem> agenda, long itemId) {
        var index = indexOfOrMinus(agenda, itemId);
        if (index < 0) {
            throw new ResourceNotFoundException("Agenda item", itemId);
        }
        return index;
    }

    private static int indexOfOrMinus(List<ReviewItem> agenda, long itemId) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).getId() == itemId) {
                return i;
            }
        }
        return -1;
    }

    private static int nextPosition(List<ReviewItem> agenda) {
        return agenda.isEmpty() ? 0 : agenda.getLast().getPosition() + 1;
    }

    // ---------------------------------------------------------------- building

    /**
     * Asks every source, in order, and appends what is not on the agenda yet and happened before the
     * review's end (for a meeting still to come, everything so far).
     */
    private int addProposals(Review review, List<ReviewItem> agenda, Instant now) {
        var onAgenda = agenda.stream().map(ReviewItem::key).collect(Collectors.toCollection(HashSet::new));
        var position = nextPosition(agenda);
        var added = 0;
        for (var source : sources) {
            for (var proposal : source.proposals(review.getProgramId(), review.getAgendaSince())) {
                // a review recorded after the fact shows only what had happened by its end
                if (!proposal.at().isAfter(review.getEndsAt()) && onAgenda.add(proposal.key())) {
                    items.save(new ReviewItem(review.getId(), position++, proposal, null, now));
                    added++;
                }
            }
        }
        return added;
    }

    private void publish(Review review, ReviewUpdate.What what) {
        events.publishEvent(new ReviewUpdate(review.getId(), review.getProgramId(), what));
    }

    private static ActivityEntry entry(ActivityKind kind, ProgramDetails program, Review review) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("review", review.getId(), review.getTitle());
    }

    private ReviewState state(Review review) {
        if (review.isClosed()) {
            return ReviewState.CLOSED;
        }
        return clock.instant().isBefore(review.getStartsAt()) ? ReviewState.UPCOMING : ReviewState.OPEN;
    }

    private ReviewSummary summary(Review review, int attendeeCount) {
        return new ReviewSummary(review.getId(), review.getProgramId(), review.getTitle(), review.getStartsAt(),
                review.getEndsAt(), review.getLocation(), attendeeCount, state(review), review.getClosedAt());
    }

    private Map<Long, Integer> attendeeCounts(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, Integer>();
        for (var pair : reviews.attendeePairs(reviewIds)) {
            counts.merge((Long) pair[0], 1, Integer::sum);
        }
        return counts;
    }

    /** The whole review in a fixed number of statements whatever the size of its agenda and minutes. */
    private ReviewDetails details(ProgramDetails program, Review review) {
        var user = currentUser.require();
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(review.getId());
        var noteRows = notes.findByReviewIdOrderByCreatedAtAscIdAsc(review.getId());
        var decisionRows = decisions.findByReviewIdOrderByRecordedAtAscIdAsc(review.getId());
        var amendmentRows = amendments.findByReviewIdOrderByCreatedAtAscIdAsc(review.getId());
        var actionItems = actionLinks.findByReviewId(review.getId()).stream()
                .collect(Collectors.toMap(ReviewActionLink::getActionId, ReviewActionLink::getItemId));
        var actions = actionService.fromOrigin(program.id(), ActionOrigin.REVIEW, review.getId()).stream()
                .filter(a -> actionItems.containsKey(a.id()))
                .collect(Collectors.groupingBy(a -> actionItems.get(a.id())));

        var peopleIds = new HashSet<Long>(review.getAttendeeIds());
        noteRows.forEach(n -> peopleIds.add(n.getAuthorId()));
        decisionRows.forEach(d -> peopleIds.addAll(List.of(d.getSupplierAgreedBy(), d.getCustomerAgreedBy(),
                d.getRecordedBy())));
        amendmentRows.forEach(a -> peopleIds.add(a.getAuthorId()));
        Stream.of(Side.values()).map(review::signedBy).filter(java.util.Objects::nonNull).forEach(peopleIds::add);
        var people = directory.people(peopleIds);
        var zones = directory.timeZones(review.getAttendeeIds());

        var notesByItem = noteRows.stream().collect(Collectors.groupingBy(ReviewNote::getItemId,
                Collectors.mapping(n -> noteView(n, people), Collectors.toList())));
        var decisionsByItem = decisionRows.stream().collect(Collectors.groupingBy(ReviewDecision::getItemId,
                Collectors.mapping(d -> decisionView(d, people), Collectors.toList())));
        var agendaViews = agenda.stream().map(item -> item.toView(notesByItem.getOrDefault(item.getId(), List.of()),
                decisionsByItem.getOrDefault(item.getId(), List.of()), actions.getOrDefault(item.getId(), List.of())))
                .toList();
        var attendees = review.getAttendeeIds().stream().map(people::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(PersonSummary::side).thenComparing(PersonSummary::displayName))
                .map(p -> new AttendeeView(p, zones.getOrDefault(p.id(), ZoneOffset.UTC)))
                .toList();
        var signOffs = Stream.of(Side.SUPPLIER, Side.CUSTOMER).map(side -> new SignOff(side,
                side == Side.SUPPLIER ? program.supplierLead() : program.customerLead(),
                Optional.ofNullable(review.signedBy(side)).map(people::get).orElse(null), review.signedAt(side)))
                .toList();

        var closed = review.isClosed();
        var signed = review.isSignedByAnySide();
        var lead = (user.side() == Side.SUPPLIER ? program.supplierLead() : program.customerLead()).id() == user.id()
                && !user.isViewer();
        var started = !clock.instant().isBefore(review.getStartsAt());
        var permissions = new ReviewPermissions(
                program.canContribute() && !closed && !signed,
                program.canEdit() && !closed && !signed,
                program.canContribute() && !closed && !signed,
                lead && !closed && started && review.signedBy(user.side()) == null,
                lead && !closed && review.signedBy(user.side()) != null,
                program.canContribute() && closed);
        return new ReviewDetails(review.getId(), review.getVersion(), program.id(), program.name(),
                program.customer().name(), review.getTitle(), review.getStartsAt(), review.getEndsAt(),
                review.getDurationMinutes(), review.getLocation(), review.getAgendaSince(), state(review),
                review.getClosedAt(), attendees, agendaViews, review.getCurrentItemId(), signOffs,
                amendmentRows.stream().map(a -> amendmentView(a, people)).toList(),
                attendable(program.supplierMembers()), attendable(program.customerMembers()), permissions);
    }

    private static List<PersonSummary> attendable(List<PersonSummary> members) {
        return members.stream().filter(PersonSummary::enabled).toList();
    }

    private NoteView noteView(ReviewNote note, Map<Long, PersonSummary> people) {
        return new NoteView(note.getId(), people.get(note.getAuthorId()), note.getBody(),
                MarkdownRenderer.toHtml(note.getBody()), note.getCreatedAt());
    }

    private static DecisionView decisionView(ReviewDecision decision, Map<Long, PersonSummary> people) {
        Function<Long, PersonSummary> person = people::get;
        return new DecisionView(decision.getId(), decision.getItemId(), decision.getText(),
                person.apply(decision.getSupplierAgreedBy()), person.apply(decision.getCustomerAgreedBy()),
                person.apply(decision.getRecordedBy()), decision.getRecordedAt());
    }

    private static AmendmentView amendmentView(ReviewAmendment amendment, Map<Long, PersonSummary> people) {
        return new AmendmentView(amendment.getId(), people.get(amendment.getAuthorId()), amendment.getBody(),
                MarkdownRenderer.toHtml(amendment.getBody()), amendment.getCreatedAt());
    }
}
