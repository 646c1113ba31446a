package com.cohelm.feedback;

import com.cohelm.base.PlainText;
import com.cohelm.account.AccountDirectory;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.activity.AccessAudit;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FieldChanges;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Feedback items both ways, and the feedback page around them. Every method first passes the program's
 * access check (an invisible program, or an item of another program, answers as not found); then members of
 * either side give feedback to the other side; only the addressed side responds; the author edits the
 * wording until it is settled, and every earlier wording stays in a history both sides read. Nothing is
 * ever deleted. Pulses, the blind surveys the page also shows, are answered, opened and closed through
 * {@link PulseService}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class FeedbackService {

    /** Newest first; the id keeps pages stable. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final FeedbackItemRepository items;
    private final FeedbackRevisionRepository revisions;
    private final PulseRepository pulses;
    private final PulseCadenceRepository cadences;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramDirectory programs;
    private final MilestoneService milestoneService;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final PulseResults results;
    private final Clock clock;
    private final AccessAudit accessAudit;

    FeedbackService(FeedbackItemRepository items, FeedbackRevisionRepository revisions, PulseRepository pulses,
            PulseCadenceRepository cadences, ProgramAccessPolicy accessPolicy, ProgramDirectory programs,
            MilestoneService milestoneService, ActionService actionService, AccountDirectory directory,
            ActivityRecorder activity, PulseResults results, Clock clock, AccessAudit accessAudit) {
        this.items = items;
        this.revisions = revisions;
        this.pulses = pulses;
        this.cadences = cadences;
        this.accessPolicy = accessPolicy;
        this.programs = programs;
        this.milestoneService = milestoneService;
        this.actionService = actionService;
        this.directory = directory;
        this.activity = activity;
        this.results = results;
        this.clock = clock;
        this.accessAudit = accessAudit;
    }

    // ---------------------------------------------------------------- the page

    /**
     * The page around the items: what the reader may do, the pulses with their results, the trend. It needs
     * of the program only its access and names, not its members.
     */
    @Transactional(readOnly = true)
    public FeedbackPage page(long programId) {
        var access = accessPolicy.require(programId, Need.READ);
        var user = access.user();
        // the access check above has read the program already
        var programName = programs.byId(programId).orElseThrow().name();
        var names = fromNames(access);
        var cadence = cadences.findById(programId);
        var programPulses = pulses.findByProgramIdOrderByOpenedAtDescIdDesc(programId);
        var views = results.views(programPulses, user);
        var trend = views.stream().filter(PulseView::revealed)
                .sorted(Comparator.comparing(PulseView::revealedAt).thenComparing(PulseView::id))
                .map(PulseResults::trendPoint).toList();
        var candidates = milestoneService.candidates(programId, null);
        return new FeedbackPage(programId, programName, names.get(Side.SUPPLIER), names.get(Side.CUSTOMER),
                user.side(), access.canContribute(), FeedbackRules.managesPulses(access),
                cadence.map(PulseCadenceSetting::getCadence).orElse(PulseCadence.NONE),
                cadence.map(PulseCadenceSetting::getVersion).orElse(PulseCadenceSetting.NONE_YET), results.minimumPerSide(), views, trend,
                candidates.goals(), candidates.milestones());
    }

    /** For the program's overview: open items, open criticism and the latest revealed pulse. */
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long programId) {
        var user = accessPolicy.require(programId, Need.READ).user();
        var counts = items.openCounts(programId).getFirst();
        var latest = pulses.findLatestRevealed(List.of(programId)).stream()
                .max(Comparator.comparing(Pulse::getId))
                .map(pulse -> PulseResults.trendPoint(results.views(List.of(pulse), user).getFirst()))
                .orElse(null);
        return new FeedbackSummary(((Number) counts[1]).longValue(), ((Number) counts[0]).longValue(), latest);
    }

    // ---------------------------------------------------------------- feedback items

    /** One page of the program's items; a fixed number of statements whatever the page. */
    @Transactional(readOnly = true)
    public List<FeedbackItemView> items(long programId, FeedbackFilter filter, Pageable pageable) {
        var access = accessPolicy.require(programId, Need.READ);
        var page = items.findInProgram(programId, filter.kind(), filter.status(), filter.fromSide(), pageable);
        return views(page, access);
    }

    @Transactional(readOnly = true)
    public long count(long programId, FeedbackFilter filter) {
        accessPolicy.require(programId, Need.READ);
        return items.countInProgram(programId, filter.kind(), filter.status(), filter.fromSide());
    }

    /**
     * One feedback item of the program, or empty. An id that is not in this program (another program's, or
     * none) is a refusal: the audit log records it, as it records every refused id.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<FeedbackItemView> item(long programId, long itemId) {
        var access = accessPolicy.require(programId, Need.READ);
        var item = items.findByIdAndProgramId(itemId, programId);
        if (item.isEmpty()) {
            accessAudit.denied("feedback", itemId, null);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(views(List.of(item.get()), access).getFirst());
    }

    /** The item's earlier wordings, the latest first; both sides read them. */
    @Transactional(readOnly = true)
    public List<FeedbackRevisionView> history(long programId, long itemId) {
        var access = accessPolicy.require(programId, Need.READ);
        var item = find(programId, itemId);
        var earlier = revisions.findByItemIdOrderByEditedAtDescIdDesc(itemId);
        var people = directory.people(earlier.stream().map(FeedbackRevision::getEditedBy).collect(Collectors.toSet()));
        var hidden = hidesAuthor(item, access.user());
        var organization = hidden ? fromName(item, access) : null;
        return earlier.stream().map(r -> new FeedbackRevisionView(r.getKind(), r.getTitle(), r.getBody(),
                hidden && r.getEditedBy() == item.getAuthorId() ? organization
                        : people.get(r.getEditedBy()).displayName(), r.getEditedAt())).toList();
    }

    /** Feedback from the reader's side to the other side. */
    public FeedbackItemView create(long programId, @Valid FeedbackItemDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var user = access.user();
        requireSubjects(programId, draft);
        var now = clock.instant();
        var item = new FeedbackItem(programId, user.side(), user.id(), now);
        item.describe(draft.kind(), draft.title(), draft.body(), draft.goalId(), draft.milestoneId(),
                draft.shownAsOrganization(), now);
        items.saveAndFlush(item);
        recordByAuthor(ActivityKind.FEEDBACK_GIVEN, access, item, null, item.describeText());
        return views(List.of(item), access).getFirst();
    }

    /**
     * The author rewords their item until it is settled; the earlier wording goes to the history. Saved
     * only if nobody changed the item since {@code expectedVersion}.
     */
    public FeedbackItemView edit(long programId, long itemId, long expectedVersion, @Valid FeedbackItemDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        if (item.getAuthorId() != access.user().id()) {
            throw new AccessDeniedException("Only the author rewords feedback");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(List.of(item), access).getFirst());
        }
        if (item.getStatus().isFinal()) {
            throw new InvalidInputException("body", "feedback.error.settled");
        }
        requireSubjects(programId, draft);
        var changes = changes(programId, item, draft);
        if (changes.isEmpty()) {
            return views(List.of(item), access).getFirst(); // saved without a change: nothing is written
        }
        var now = clock.instant();
        if (!item.describeText().equals(describe(draft))) {
            revisions.save(new FeedbackRevision(item, access.user().id(), now));
        }
        item.describe(draft.kind(), draft.title(), draft.body(), draft.goalId(), draft.milestoneId(),
                draft.shownAsOrganization(), now);
        items.saveAndFlush(item);
        recordByAuthor(ActivityKind.FEEDBACK_EDITED, access, item, changes.before(), changes.after());
        return views(List.of(item), access).getFirst();
    }

    /** What a rewording changes, the goal and milestone it is about named by their titles. */
    private FieldChanges changes(long programId, FeedbackItem item, FeedbackItemDraft draft) {
        var changes = new FieldChanges()
                .field("kind", item.getKind(), draft.kind())
                .field("title", item.getTitle(), PlainText.line(draft.title()))
                .field("body", item.getBody(), PlainText.lines(draft.body()))
                .field("shown as organization", item.isShownAsOrganization(),
                        item.getFromSide() == Side.CUSTOMER && draft.shownAsOrganization());
        if (!Objects.equals(item.getGoalId(), draft.goalId())
                || !Objects.equals(item.getMilestoneId(), draft.milestoneId())) {
            var candidates = milestoneService.candidates(programId, null);
            var goals = candidates.goals().stream().collect(Collectors.toMap(g -> g.id(), g -> g.title()));
            var milestones = candidates.milestones().stream().collect(Collectors.toMap(m -> m.id(), m -> m.title()));
            changes.reference("goal", item.getGoalId(), draft.goalId(), id -> goals.getOrDefault(id, "#" + id))
                    .reference("milestone", item.getMilestoneId(), draft.milestoneId(),
                            id -> milestones.getOrDefault(id, "#" + id));
        }
        return changes;
    }

    /** The addressed side acknowledges, plans, resolves (saying what it learned) or declines (saying why). */
    public FeedbackItemView respond(long programId, long itemId, long expectedVersion,
            @Valid FeedbackResponseDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        if (access.user().side() != item.toSide()) {
            throw new InvalidInputException("status", "feedback.error.own-side");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(List.of(item), access).getFirst());
        }
        var status = draft.status();
        if (item.getStatus().isFinal()) {
            throw new InvalidInputException("status", "feedback.error.settled");
        }
        if (status == FeedbackStatus.OPEN || status != item.getStatus() && !item.getStatus().next().contains(status)) {
            throw new InvalidInputException("status", "feedback.error.status");
        }
        if (status == FeedbackStatus.DECLINED && blank(draft.declineReason())) {
            throw new InvalidInputException("declineReason", "feedback.error.decline-reason");
        }
        if (status == FeedbackStatus.RESOLVED && blank(draft.learned())) {
            throw new InvalidInputException("learned", "feedback.error.learned");
        }
        var before = item.describeResponse();
        if (item.sameResponse(status, draft.response(), draft.declineReason(), draft.learned())) {
            return views(List.of(item), access).getFirst(); // saved without a change: nothing is written
        }
        item.respond(status, draft.response(), draft.declineReason(), draft.learned(), access.user().id(),
                clock.instant());
        items.saveAndFlush(item);
        activity.record(entry(ActivityKind.FEEDBACK_RESPONDED, access, item).change(before, item.describeResponse()));
        return views(List.of(item), access).getFirst();
    }

    /**
     * The addressed side turns the item into an action of the mutual action plan, linked both ways: the
     * action's origin is this item, and the item shows the action and is marked ACTION_PLANNED.
     */
    public FeedbackItemView planAction(long programId, long itemId, long expectedVersion,
            @NotBlank @Size(max = 200) String title, @NotNull Long assigneeId, @NotNull LocalDate dueDate) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        if (access.user().side() != item.toSide()) {
            throw new InvalidInputException("title", "feedback.error.own-side");
        }
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(List.of(item), access).getFirst());
        }
        if (item.getStatus().isFinal() || item.getActionItemId() != null) {
            throw new InvalidInputException("title", "feedback.error.action-exists");
        }
        var action = actionService.create(programId, new ActionDraft(title, item.getBody(), assigneeId, dueDate,
                ActionStatus.OPEN, null, false, ActionOrigin.FEEDBACK, item.getId()));
        var before = item.describeResponse();
        item.planned(action.id(), clock.instant());
        items.saveAndFlush(item);
        activity.record(entry(ActivityKind.FEEDBACK_ACTION_PLANNED, access, item)
                .change(before, item.describeResponse() + "; action=" + action.id()));
        return views(List.of(item), access).getFirst();
    }

    // ---------------------------------------------------------------- for other features

    /**
     * New feedback items and pulses revealed after {@code since}, oldest first, for a review's agenda:
     * only what the reader may see (feedback items are shared by both sides; internal ratings are never
     * part of a change).
     */
    @Transactional(readOnly = true)
    public List<FeedbackChange> changesSince(long programId, @NotNull Instant since) {
        accessPolicy.require(programId, Need.READ);
        var changes = new ArrayList<FeedbackChange>();
        for (var item : items.findByProgramIdAndCreatedAtAfterOrderByCreatedAtAscIdAsc(programId, since)) {
            changes.add(new FeedbackChange(FeedbackChange.FEEDBACK_ITEM, item.getId(), item.getTitle(),
                    item.getCreatedAt(), item.getFromSide()));
        }
        for (var pulse : pulses.findByProgramIdAndRevealedAtAfterOrderByRevealedAtAscIdAsc(programId, since)) {
            changes.add(new FeedbackChange(FeedbackChange.PULSE_REVEALED, pulse.getId(), pulse.getTitle(),
                    pulse.getRevealedAt(), Side.SUPPLIER));
        }
        changes.sort(Comparator.comparing(FeedbackChange::at).thenComparing(FeedbackChange::id));
        return List.copyOf(changes);
    }

    // ---------------------------------------------------------------- rules

    private void requireSubjects(long programId, FeedbackItemDraft draft) {
        if (draft.goalId() == null && draft.milestoneId() == null) {
            return;
        }
        var candidates = milestoneService.candidates(programId, null);
        if (draft.goalId() != null && candidates.goals().stream().noneMatch(g -> g.id() == draft.goalId())) {
            throw new InvalidInputException("goalId", "feedback.error.goal");
        }
        if (draft.milestoneId() != null
                && candidates.milestones().stream().noneMatch(m -> m.id() == draft.milestoneId())) {
            throw new InvalidInputException("milestoneId", "feedback.error.milestone");
        }
    }

    private static String describe(FeedbackItemDraft draft) {
        return draft.kind() + ": " + draft.title().strip() + "\n" + draft.body().strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private FeedbackItem find(long programId, long itemId) {
        return items.findByIdAndProgramId(itemId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Feedback", itemId));
    }

    // ---------------------------------------------------------------- activity

    private ActivityEntry entry(ActivityKind kind, ProgramAccess access, FeedbackItem item) {
        return ActivityEntry.of(kind).organization(access.customerId()).program(item.getProgramId())
                .subject("feedback", item.getId(), item.getTitle());
    }

    /**
     * An author shown only as "a member of" their organization stays unnamed in the program's feed; the
     * author is kept in an event outside any program, which only the audit log (supplier admins) reads.
     */
    private void recordByAuthor(ActivityKind kind, ProgramAccess access, FeedbackItem item, String before,
            String after) {
        var event = entry(kind, access, item).change(before, after);
        if (!item.isShownAsOrganization()) {
            activity.record(event);
            return;
        }
        activity.record(event.actor(null, access.user().organizationName()));
        activity.record(ActivityEntry.of(ActivityKind.FEEDBACK_AUTHOR_RECORDED).organization(access.customerId())
                .subject("feedback", item.getId(), item.getTitle())
                .change(null, "program=" + item.getProgramId() + "; " + kind));
    }

    // ---------------------------------------------------------------- views

    private boolean hidesAuthor(FeedbackItem item, CurrentUser reader) {
        return item.isShownAsOrganization() && reader.isSupplier();
    }

    private String fromName(FeedbackItem item, ProgramAccess access) {
        return fromNames(access).get(item.getFromSide());
    }

    private Map<Side, String> fromNames(ProgramAccess access) {
        var organizations = directory.organizations(List.of(access.customerId()));
        var supplier = directory.supplier().map(o -> o.name()).orElse("");
        return Map.of(Side.SUPPLIER, supplier, Side.CUSTOMER, organizations.get(access.customerId()).name());
    }

    /** Items of one program with their people, organizations and revision counts in a fixed number of statements. */
    private List<FeedbackItemView> views(List<FeedbackItem> page, ProgramAccess access) {
        if (page.isEmpty()) {
            return List.of();
        }
        var reader = access.user();
        var ids = new HashSet<Long>();
        for (var item : page) {
            ids.add(item.getAuthorId());
            if (item.getRespondedBy() != null) {
                ids.add(item.getRespondedBy());
            }
        }
        var people = directory.people(ids);
        var names = fromNames(access);
        var revisionCounts = revisions.countByItem(page.stream().map(FeedbackItem::getId).toList()).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> ((Number) row[1]).intValue()));
        return page.stream().map(item -> new FeedbackItemView(item.getId(), item.getProgramId(), item.getKind(),
                item.getFromSide(), names.get(item.getFromSide()),
                hidesAuthor(item, reader) ? null : people.get(item.getAuthorId()), item.isShownAsOrganization(),
                item.getTitle(), item.getBody(), item.getGoalId(), item.getMilestoneId(), item.getStatus(),
                item.getResponse(), item.getDeclineReason(), item.getLearned(),
                item.getRespondedBy() == null ? null : people.get(item.getRespondedBy()), item.getRespondedAt(),
                item.getActionItemId(), item.getCreatedAt(), item.getUpdatedAt(), item.getVersion(),
                revisionCounts.getOrDefault(item.getId(), 0),
                access.canContribute() && item.getAuthorId() == reader.id() && !item.getStatus().isFinal(),
                access.canContribute() && reader.side() == item.toSide() && !item.getStatus().isFinal()))
                .toList();
    }
}
