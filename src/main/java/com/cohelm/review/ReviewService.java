package com.cohelm.review;

import static com.cohelm.review.ReviewChanges.entry;
import static com.cohelm.review.ReviewRules.indexOf;
import static com.cohelm.review.ReviewRules.nextPosition;
import static com.cohelm.review.ReviewRules.requireArranger;
import static com.cohelm.review.ReviewRules.requireContributor;
import static com.cohelm.review.ReviewRules.requireUnsigned;
import static com.cohelm.review.ReviewRules.validate;

import com.cohelm.account.AccountDirectory;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionService;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FieldChanges;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.PlainText;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.program.ProgramReadScope;
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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Joint review meetings: reading them, scheduling them and arranging their agenda. The programId methods
 * first pass the program's access check ({@link ProgramAccessPolicy#require}); the reviewId ones find the
 * review as the reader may see it (a review of a program they may not see answers as not found, like one
 * that does not exist). Then the review's own rules:
 * <ul>
 * <li>members of either side schedule reviews; viewers read;</li>
 * <li>the program's leads (and supplier admins) arrange the agenda: custom items, order, update.</li>
 * </ul>
 * The meeting itself (the presenter, minutes, decisions, actions) is {@link ReviewMeetingService}'s, its
 * sign-off and amendments {@link ReviewClosingService}'s. Every change records an activity event and, once
 * committed, is pushed to every open screen of the review through {@link ReviewBroadcaster}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    private static final int MAX_OVERDUE_SHOWN = 50;

    private final ReviewRepository reviews;
    private final ReviewItemRepository items;
    private final AgendaBuilder agendaBuilder;
    private final ReviewAssembler assembler;
    private final ReviewChanges changes;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramDirectory programs;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ReviewItemRepository items, AgendaBuilder agendaBuilder,
            ReviewAssembler assembler, ReviewChanges changes, ProgramService programService,
            ProgramAccessPolicy accessPolicy, ProgramDirectory programs, ActionService actionService,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser, Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.agendaBuilder = agendaBuilder;
        this.assembler = assembler;
        this.changes = changes;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.programs = programs;
        this.actionService = actionService;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** The page around a program's reviews: the program's name, what the reader may do, who may attend. */
    @Transactional(readOnly = true)
    public ReviewsPage page(long programId) {
        // one read: the details answer from the access the check decided, without deciding it again
        try (var scope = ProgramReadScope.open()) {
            var program = programService.details(accessPolicy.require(programId, Need.READ));
            return new ReviewsPage(programId, program.name(), program.canContribute(),
                    ReviewAssembler.attendable(program.supplierMembers()),
                    ReviewAssembler.attendable(program.customerMembers()));
        }
    }

    /** One page of the program's reviews, latest first; a fixed number of statements whatever the page. */
    @Transactional(readOnly = true)
    public List<ReviewSummary> reviews(long programId, Pageable pageable) {
        accessPolicy.require(programId, Need.READ);
        var page = reviews.findPage(programId, pageable);
        var attendees = assembler.attendeeCounts(page.stream().map(Review::getId).toList());
        return page.stream().map(r -> assembler.summary(r, attendees.getOrDefault(r.getId(), 0))).toList();
    }

    @Transactional(readOnly = true)
    public long count(long programId) {
        accessPolicy.require(programId, Need.READ);
        return reviews.countByProgramId(programId);
    }

    /**
     * The program's next review that is not closed, starting from an hour ago (one may be under way): for
     * the program page, so only the access check and two statements.
     */
    @Transactional(readOnly = true)
    public Optional<ReviewSummary> next(long programId) {
        accessPolicy.require(programId, Need.READ);
        return reviews.findUpcomingWithAttendeeCount(List.of(programId), clock.instant().minusSeconds(3600),
                PageRequest.of(0, 1)).stream().findFirst().map(row -> assembler.summary((Review) row[0], ((Number) row[1]).intValue()));
    }

    /** The program a review belongs to, if the reader may see it: for addresses that name only the review. */
    @Transactional(readOnly = true)
    public Optional<Long> programOf(long reviewId) {
        return reviews.findById(reviewId).map(Review::getProgramId)
                .filter(programId -> accessPolicy.find(programId).isPresent());
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
        var review = changes.find(reviewId).review();
        return actionService.overdue(review.getProgramId(), MAX_OVERDUE_SHOWN).stream()
                .filter(item -> item.waitingOn() == side).toList();
    }

    // ---------------------------------------------------------------- scheduling

    /** Schedules a review; its agenda is built at once from what changed since the program's previous review. */
    public ReviewDetails schedule(long programId, @Valid ReviewDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var program = programService.details(access); // from the access just decided, not deciding it again
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
        activity.record(entry(ActivityKind.REVIEW_SCHEDULED, access, review).change(null, review.describe()));
        changes.publish(review, ReviewUpdate.What.DETAILS);
        return assembler.details(program, review);
    }

    /** Changes the title, time and attendees if nobody changed them since {@code expectedVersion}. */
    public ReviewDetails update(long reviewId, long expectedVersion, @Valid ReviewDraft draft) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireContributor(locked.access());
        requireUnsigned(review);
        var program = changes.details(review.getProgramId());
        if (review.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(assembler.details(program, review));
        }
        // An attendee who has left the program since stays invited: only new attendees must be members.
        validate(program, draft, review.getAttendeeIds());
        if (!draft.startsAt().equals(review.getStartsAt())) {
            requireDateInProgram(program, draft.startsAt()); // a time it has already stays valid (decision 0033)
        }
        var fieldChanges = fieldChanges(review, draft);
        if (fieldChanges.isEmpty()) {
            return assembler.details(program, review); // saved without a change: nothing is written
        }
        review.plan(draft.title(), draft.startsAt(), draft.durationMinutes(), draft.location(), draft.attendeeIds(),
                clock.instant());
        reviews.saveAndFlush(review);
        activity.record(entry(ActivityKind.REVIEW_UPDATED, locked.access(), review).change(fieldChanges));
        changes.publish(review, ReviewUpdate.What.DETAILS);
        return assembler.details(program, review);
    }

    /** The days a review of this program may be held on, in the reader's time zone (decision 0033). */
    @Transactional(readOnly = true)
    public DateRange datesAllowed(long programId) {
        accessPolicy.require(programId, Need.READ);
        // the program's dates only; the access check above has read the program already
        var program = programs.byId(programId).orElseThrow();
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
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireArranger(locked.access());
        requireUnsigned(review);
        var added = agendaBuilder.addProposals(review, items.findByReviewIdOrderByPositionAscIdAsc(reviewId),
                clock.instant());
        if (added > 0) {
            activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, locked.access(), review).change(null, "+" + added));
            changes.publish(review, ReviewUpdate.What.AGENDA);
        }
        return added;
    }

    public ReviewDetails addCustomItem(long reviewId, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String detail) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireArranger(locked.access());
        requireUnsigned(review);
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(reviewId);
        var now = clock.instant();
        var proposal = new AgendaProposal(AgendaProposal.CUSTOM, null, null, null, PlainText.requiredLine("title", title),
                detail == null || detail.isBlank() ? null : detail.strip(), now);
        var item = items.save(new ReviewItem(reviewId, nextPosition(agenda), proposal, currentUser.require().id(), now));
        activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, locked.access(), review).change(null, title));
        changes.publish(review, ReviewUpdate.What.AGENDA);
        return assembler.details(changes.details(review.getProgramId()), review);
    }

    /** Moves an item up ({@code -1}) or down ({@code +1}) the agenda. */
    public ReviewDetails moveItem(long reviewId, long itemId, int offset) {
        var locked = changes.lockForChange(reviewId);
        var review = locked.review();
        requireArranger(locked.access());
        requireUnsigned(review);
        var agenda = new ArrayList<>(items.findByReviewIdOrderByPositionAscIdAsc(reviewId));
        var from = indexOf(agenda, itemId);
        var to = Math.max(0, Math.min(agenda.size() - 1, from + Integer.signum(offset)));
        if (from != to) {
            agenda.add(to, agenda.remove(from));
            for (int i = 0; i < agenda.size(); i++) {
                agenda.get(i).moveTo(i);
            }
            activity.record(entry(ActivityKind.REVIEW_AGENDA_CHANGED, locked.access(), review)
                    .change("item " + itemId + " at " + (from + 1), "at " + (to + 1)));
            changes.publish(review, ReviewUpdate.What.AGENDA);
        }
        return assembler.details(changes.details(review.getProgramId()), review);
    }

    // ---------------------------------------------------------------- waiting on me

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

    // ---------------------------------------------------------------- rules

    /** What an update changes, the attendees named. */
    private FieldChanges fieldChanges(Review review, ReviewDraft draft) {
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

    /** A review's place as {@link Review} stores it: cleaned, and none when nothing is left. */
    private static String location(String location) {
        var place = PlainText.line(location);
        return place == null || place.isEmpty() ? null : place;
    }
}
