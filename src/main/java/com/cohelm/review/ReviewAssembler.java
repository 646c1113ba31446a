package com.cohelm.review;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.base.markdown.MarkdownRenderer;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Puts a review together as its readers see it ({@link ReviewDetails}, {@link ReviewSummary}): the agenda (with
 * fresh words while it follows the data), the minutes, decisions, agreed actions, attendees, sign-offs,
 * amendments and what the reader may do. Access is checked by the caller, {@link ReviewService}.
 */
@Component
class ReviewAssembler {

    private final ReviewRepository reviews;
    private final ReviewItemRepository items;
    private final ReviewNoteRepository notes;
    private final ReviewDecisionRepository decisions;
    private final ReviewActionLinkRepository actionLinks;
    private final ReviewAmendmentRepository amendments;
    private final AgendaBuilder agendaBuilder;
    private final ReviewSnapshots snapshots;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ReviewAssembler(ReviewRepository reviews, ReviewItemRepository items, ReviewNoteRepository notes,
            ReviewDecisionRepository decisions, ReviewActionLinkRepository actionLinks,
            ReviewAmendmentRepository amendments, AgendaBuilder agendaBuilder, ReviewSnapshots snapshots,
            ActionService actionService, AccountDirectory directory, CurrentUserService currentUser, Clock clock) {
        this.reviews = reviews;
        this.items = items;
        this.notes = notes;
        this.decisions = decisions;
        this.actionLinks = actionLinks;
        this.amendments = amendments;
        this.agendaBuilder = agendaBuilder;
        this.snapshots = snapshots;
        this.actionService = actionService;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ReviewState state(Review review) {
        if (review.isClosed()) {
            return ReviewState.CLOSED;
        }
        return clock.instant().isBefore(review.getStartsAt()) ? ReviewState.UPCOMING : ReviewState.OPEN;
    }

    ReviewSummary summary(Review review, int attendeeCount) {
        return new ReviewSummary(review.getId(), review.getProgramId(), review.getTitle(), review.getStartsAt(),
                review.getEndsAt(), review.getLocation(), attendeeCount, state(review), review.getClosedAt());
    }

    Map<Long, Integer> attendeeCounts(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        var counts = new HashMap<Long, Integer>();
        for (var pair : reviews.attendeePairs(reviewIds)) {
            counts.merge((Long) pair[0], 1, Integer::sum);
        }
        return counts;
    }

    /**
     * The whole review in a fixed number of statements whatever the size of its agenda and minutes (while its
     * agenda follows the data, the agenda sources' reads come on top).
     */
    ReviewDetails details(ProgramDetails program, Review review) {
        var user = currentUser.require();
        var agenda = items.findByReviewIdOrderByPositionAscIdAsc(review.getId());
        var noteRows = notes.findByReviewIdOrderByCreatedAtAscIdAsc(review.getId());
        var decisionRows = decisions.findByReviewIdOrderByRecordedAtAscIdAsc(review.getId());
        var amendmentRows = amendments.findByReviewIdOrderByCreatedAtAscIdAsc(review.getId());
        var actions = actions(program, review);
        var fresh = agendaBuilder.fresh(review, agenda);

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
        var agendaViews = agenda.stream().map(item -> item.toView(fresh.get(item.getId()),
                notesByItem.getOrDefault(item.getId(), List.of()),
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

    /**
     * The actions agreed under each item: the plan's items as they are now while the review is open, the record's
     * once it is closed (they may be done or moved since; the plan shows that).
     */
    private Map<Long, List<AgreedAction>> actions(ProgramDetails program, Review review) {
        if (review.isClosed()) {
            var recorded = snapshots.read(review.getId());
            if (recorded.isPresent()) {
                return recorded.get().document().actions();
            }
        }
        var actionItems = actionLinks.findByReviewId(review.getId()).stream()
                .collect(Collectors.toMap(ReviewActionLink::getActionId, ReviewActionLink::getItemId));
        return actionService.fromOrigin(program.id(), ActionOrigin.REVIEW, review.getId()).stream()
                .filter(a -> actionItems.containsKey(a.id()))
                .collect(Collectors.groupingBy(a -> actionItems.get(a.id()),
                        Collectors.mapping(AgreedAction::of, Collectors.toList())));
    }

    static List<PersonSummary> attendable(List<PersonSummary> members) {
        return members.stream().filter(PersonSummary::enabled).toList();
    }

    NoteView noteView(ReviewNote note, Map<Long, PersonSummary> people) {
        return new NoteView(note.getId(), people.get(note.getAuthorId()), note.getBody(),
                MarkdownRenderer.toHtml(note.getBody()), note.getCreatedAt());
    }

    static DecisionView decisionView(ReviewDecision decision, Map<Long, PersonSummary> people) {
        Function<Long, PersonSummary> person = people::get;
        return new DecisionView(decision.getId(), decision.getItemId(), decision.getText(),
                person.apply(decision.getSupplierAgreedBy()), person.apply(decision.getCustomerAgreedBy()),
                person.apply(decision.getRecordedBy()), decision.getRecordedAt());
    }

    static AmendmentView amendmentView(ReviewAmendment amendment, Map<Long, PersonSummary> people) {
        return new AmendmentView(amendment.getId(), people.get(amendment.getAuthorId()), amendment.getBody(),
                MarkdownRenderer.toHtml(amendment.getBody()), amendment.getCreatedAt());
    }
}
