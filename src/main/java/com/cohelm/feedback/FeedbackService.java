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
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Feedback both ways. Every method first asks the program feature whether the reader may see the program
 * (an invisible program, or an item or pulse of another program, answers as not found); then:
 * <ul>
 * <li>members of either side give feedback to the other side; only the addressed side responds; the author
 * edits the wording until it is settled, and every earlier wording stays in a history both sides read.
 * Nothing is ever deleted.</li>
 * <li>a pulse is blind: nobody sees the other side's answers until it closes: on its closing day, when a
 * supplier lead closes it, or as soon as everyone asked (the program's members and leads, viewers excepted)
 * has answered and each side has at least the minimum of answers a customer may see (a supplier answer
 * marked internal does not count: the customer never sees it). Then a side with fewer answers than the
 * minimum shows only its count, and nobody may answer or change an answer any more. Internal supplier
 * answers never reach a customer reader. See {@code docs/decisions/0025-pulse-minimum-answers.md}.</li>
 * <li>supplier leads and supplier admins open and close pulses and set their cadence.</li>
 * </ul>
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class FeedbackService {

    /** Newest first; the id keeps pages stable. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    /** How long a pulse stays open by default, and at most. */
    public static final int PULSE_DAYS = 14;
    public static final int PULSE_MAX_DAYS = 90;

    private final FeedbackItemRepository items;
    private final FeedbackRevisionRepository revisions;
    private final PulseRepository pulses;
    private final PulseResponseRepository responses;
    private final PulseCadenceRepository cadences;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final MilestoneService milestoneService;
    private final ActionService actionService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final PulseResults results;
    private final Clock clock;

    private final ApplicationEventPublisher events;
    private final AccessAudit accessAudit;

    FeedbackService(FeedbackItemRepository items, FeedbackRevisionRepository revisions, PulseRepository pulses,
            PulseResponseRepository responses, PulseCadenceRepository cadences, ProgramService programService,
            ProgramAccessPolicy accessPolicy, MilestoneService milestoneService, ActionService actionService,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser,
            PulseResults results, Clock clock, ApplicationEventPublisher events, AccessAudit accessAudit) {
        this.events = events;
        this.accessAudit = accessAudit;
        this.items = items;
        this.revisions = revisions;
        this.pulses = pulses;
        this.responses = responses;
        this.cadences = cadences;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.milestoneService = milestoneService;
        this.actionService = actionService;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.results = results;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the page

    /** The page around the items: what the reader may do, the pulses with their results, the trend. */
    @Transactional(readOnly = true)
    public FeedbackPage page(long programId) {
        var program = program(programId);
        var user = currentUser.require();
        var cadence = cadences.findById(programId);
        var programPulses = pulses.findByProgramIdOrderByOpenedAtDescIdDesc(programId);
        var views = results.views(programPulses, user);
        var trend = views.stream().filter(PulseView::revealed)
                .sorted(Comparator.comparing(PulseView::revealedAt).thenComparing(PulseView::id))
                .map(PulseResults::trendPoint).toList();
        var candidates = milestoneService.candidates(programId, null);
        return new FeedbackPage(programId, program.name(), program.supplierLead().organizationName(),
                program.customer().name(), user.side(), program.canContribute(), managesPulses(program, user),
                cadence.map(PulseCadenceSetting::getCadence).orElse(PulseCadence.NONE),
                cadence.map(PulseCadenceSetting::getVersion).orElse(PulseCadenceSetting.NONE_YET), results.minimumPerSide(), views, trend,
                candidates.goals(), candidates.milestones());
    }

    /** For the program's overview: open items, open criticism and the latest revealed pulse. */
    @Transactional(readOnly = true)
    public FeedbackSummary summary(long programId) {
        accessPolicy.require(programId);
        var user = currentUser.require();
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
        var access = accessPolicy.require(programId);
        var page = items.findInProgram(programId, filter.kind(), filter.status(), filter.fromSide(), pageable);
        return views(page, access);
    }

    @Transactional(readOnly = true)
    public long count(long programId, FeedbackFilter filter) {
        accessPolicy.require(programId);
        return items.countInProgram(programId, filter.kind(), filter.status(), filter.fromSide());
    }

    /**
     * One feedback item of the program, or empty. An id that is not in this program (another program's, or
     * none) is a refusal: the audit log records it, as it records every refused id.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<FeedbackItemView> item(long programId, long itemId) {
        var access = accessPolicy.require(programId);
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
        var access = accessPolicy.require(programId);
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
        var access = accessPolicy.requireContributor(programId);
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
        var access = accessPolicy.requireContributor(programId);
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
        var access = accessPolicy.requireContributor(programId);
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
        var access = accessPolicy.requireContributor(programId);
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

    // ---------------------------------------------------------------- pulses

    /** A supplier lead opens a pulse that takes answers until {@code closesOn}; one pulse is open at a time. */
    public PulseView openPulse(long programId, @NotNull LocalDate closesOn) {
        var program = program(programId);
        var user = requirePulseManager(program);
        var today = today();
        if (closesOn.isBefore(today) || closesOn.isAfter(today.plusDays(PULSE_MAX_DAYS))) {
            throw new InvalidInputException("closesOn", "feedback.error.closes-on");
        }
        if (pulses.existsByProgramIdAndClosedAtIsNull(programId)) {
            throw new InvalidInputException("closesOn", "feedback.error.pulse-open");
        }
        // Opened by hand in a period of the cadence, it is that period's pulse: the job opens no second one.
        var period = cadences.findById(programId).map(c -> c.getCadence().periodKey(today)).orElse(null);
        if (period != null && pulses.existsByProgramIdAndPeriodKey(programId, period)) {
            period = null;
        }
        var pulse = pulses.saveAndFlush(new Pulse(programId, period != null ? period : today.toString(), period,
                user.id(), clock.instant(), closesOn));
        activity.record(pulseEntry(ActivityKind.PULSE_OPENED, program.customer().id(), pulse)
                .change(null, "closesOn=" + closesOn));
        events.publishEvent(new PulseOpened(programId, pulse.getId(), user.id(), closesOn));
        return results.views(List.of(pulse), user).getFirst();
    }

    /**
     * A supplier lead closes the pulse early; closing reveals it. A side with fewer answers than the minimum
     * then shows nothing but its count, ever: a closed pulse takes no more answers.
     */
    public PulseView closePulse(long programId, long pulseId, long expectedVersion) {
        var program = program(programId);
        var user = requirePulseManager(program);
        var pulse = pulses.findForUpdate(pulseId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Pulse", pulseId));
        if (pulse.getVersion() != expectedVersion || !pulse.isOpen()) {
            throw new ConcurrentEditException(results.views(List.of(pulse), user).getFirst());
        }
        var revealing = !pulse.isRevealed();
        close(pulse, program.customer().id(), clock.instant()).forEach(activity::record);
        pulses.saveAndFlush(pulse);
        if (revealing) {
            events.publishEvent(new PulseRevealed(programId, pulse.getId(), user.id()));
        }
        return results.views(List.of(pulse), user).getFirst();
    }

    /** Monthly or quarterly pulses from now on, or none; the scheduled job opens them. */
    public PulseCadence setCadence(long programId, long expectedVersion, @NotNull PulseCadence cadence) {
        var program = program(programId);
        var user = requirePulseManager(program);
        var setting = cadences.findById(programId).orElseGet(() -> new PulseCadenceSetting(programId));
        if (setting.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(setting.getCadence());
        }
        var before = setting.getCadence();
        if (before != cadence) {
            setting.change(cadence, user.id(), clock.instant());
            cadences.saveAndFlush(setting);
            activity.record(ActivityEntry.of(ActivityKind.PULSE_CADENCE_CHANGED).organization(program.customer().id())
                    .program(programId).subject("program", programId, program.name())
                    .change(before.name(), cadence.name()));
        }
        return cadence;
    }

    /**
     * The reader's answers to an open pulse: the first submission creates them, a later one (with the
     * version it started from, {@code expectedVersion}) edits them, until the pulse is revealed. Answers to
     * one pulse are taken one at a time, so the moment everyone asked has answered is never missed: then, if
     * each side has the minimum of answers a customer may see, the pulse closes and is revealed at once.
     *
     * @param expectedVersion null for a first submission
     */
    public PulseView answer(long programId, long pulseId, Long expectedVersion, @Valid PulseAnswerDraft draft) {
        var access = accessPolicy.requireContributor(programId);
        var user = access.user();
        var pulse = pulses.findForUpdate(pulseId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Pulse", pulseId));
        if (pulse.isRevealed()) {
            // Results once seen never move: a late answer or a change could be told apart by the difference.
            throw new InvalidInputException("pulse", "feedback.error.pulse-revealed");
        }
        if (!pulse.acceptsAnswers(today())) {
            throw new InvalidInputException("pulse", "feedback.error.pulse-closed");
        }
        var scores = requireScores(user.side(), draft);
        var existing = responses.findByPulseIdAndRespondentId(pulseId, user.id());
        if (existing.isPresent() ? !Objects.equals(existing.get().getVersion(), expectedVersion)
                : expectedVersion != null) {
            throw new ConcurrentEditException(results.views(List.of(pulse), user).getFirst());
        }
        var now = clock.instant();
        var response = existing.orElseGet(() -> new PulseResponse(pulseId, user.id(), user.side(), now));
        var internal = user.isSupplier() && draft.internal();
        if (existing.isPresent() && response.sameAnswers(scores, user.isCustomer() ? draft.recommend() : null,
                draft.comment(), internal)) {
            return results.views(List.of(pulse), user).getFirst(); // saved without a change: nothing is written
        }
        response.answer(scores, user.isCustomer() ? draft.recommend() : null, draft.comment(), internal, now);
        responses.saveAndFlush(response);
        // What was answered stays out of the activity: the feed must not lift the blind.
        var event = pulseEntry(ActivityKind.PULSE_ANSWERED, access.customerId(), pulse)
                .change(null, existing.isPresent() ? "edited" : "answered");
        activity.record(internal ? event.supplierInternal() : event);
        var answered = responses.findByPulseId(pulseId);
        if (results.enoughForCustomers(answered) && everyoneAskedAnswered(programId, answered)) {
            // Nobody is left to answer: the pulse closes, and both sides see its results.
            pulse.close(now);
            pulses.saveAndFlush(pulse);
            activity.record(pulseEntry(ActivityKind.PULSE_REVEALED, access.customerId(), pulse));
            events.publishEvent(new PulseRevealed(programId, pulse.getId(), null));
        }
        return results.views(List.of(pulse), user).getFirst();
    }

    // ---------------------------------------------------------------- for other features

    /**
     * New feedback items and pulses revealed after {@code since}, oldest first, for a review's agenda:
     * only what the reader may see (feedback items are shared by both sides; internal ratings are never
     * part of a change).
     */
    @Transactional(readOnly = true)
    public List<FeedbackChange> changesSince(long programId, @NotNull Instant since) {
        accessPolicy.require(programId);
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

    /**
     * Closes a pulse, which reveals it, and returns the events to record; shared with the scheduled job,
     * which closes the overdue ones in CoHelm's name.
     */
    static List<ActivityEntry> close(Pulse pulse, Long customerId, Instant at) {
        var revealing = !pulse.isRevealed();
        pulse.close(at);
        return revealing ? List.of(pulseEntry(ActivityKind.PULSE_CLOSED, customerId, pulse),
                pulseEntry(ActivityKind.PULSE_REVEALED, customerId, pulse))
                : List.of(pulseEntry(ActivityKind.PULSE_CLOSED, customerId, pulse));
    }

    static ActivityEntry pulseEntry(ActivityKind kind, Long customerId, Pulse pulse) {
        return ActivityEntry.of(kind).organization(customerId).program(pulse.getProgramId())
                .subject("pulse", pulse.getId(), pulse.getTitle());
    }

    /**
     * Whether everyone asked to answer has: the program's members and leads of both sides who may contribute
     * (viewers read results, they do not answer; disabled people cannot).
     */
    private boolean everyoneAskedAnswered(long programId, List<PulseResponse> answered) {
        var program = program(programId);
        var respondents = answered.stream().map(PulseResponse::getRespondentId).collect(Collectors.toSet());
        return java.util.stream.Stream.of(program.supplierMembers(), program.customerMembers(),
                        List.of(program.supplierLead(), program.customerLead()))
                .flatMap(List::stream).filter(p -> p.enabled() && p.role() != Role.VIEWER)
                .allMatch(p -> respondents.contains(p.id()));
    }

    /** Every question of the reader's side scored 1–5, no other side's; a customer's recommendation 0–10. */
    private static Map<PulseQuestion, Integer> requireScores(Side side, PulseAnswerDraft draft) {
        var scores = new java.util.EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        for (var question : PulseQuestion.values()) {
            var score = draft.scores().get(question);
            if (question.answeredBy() != side) {
                if (score != null) {
                    throw new InvalidInputException(question.name(), "feedback.error.not-your-question");
                }
                continue;
            }
            if (score == null || score < PulseQuestion.MIN || score > PulseQuestion.MAX) {
                throw new InvalidInputException(question.name(), "feedback.error.score");
            }
            scores.put(question, score);
        }
        if (side == Side.CUSTOMER && (draft.recommend() == null || draft.recommend() < 0 || draft.recommend() > 10)) {
            throw new InvalidInputException("recommend", "feedback.error.recommend");
        }
        return scores;
    }

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

    private static boolean managesPulses(ProgramDetails program, CurrentUser user) {
        return program.canEdit() && user.isSupplier();
    }

    private CurrentUser requirePulseManager(ProgramDetails program) {
        var user = currentUser.require();
        if (!managesPulses(program, user)) {
            throw new AccessDeniedException("Supplier leads open, close and schedule pulses");
        }
        return user;
    }

    private ProgramDetails program(long programId) {
        return programService.find(programId).orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    }

    private FeedbackItem find(long programId, long itemId) {
        return items.findByIdAndProgramId(itemId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Feedback", itemId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().timeZone()));
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
