package com.cohelm.schedule;

import com.cohelm.base.PlainText;
import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FieldChanges;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalRef;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * The shared schedule. Every method first asks the program feature whether the reader may see the
 * program (an invisible program, or a milestone of another program, answers as not found), then applies
 * the schedule's own rules:
 * <ul>
 * <li>leads and supplier admins add milestones;</li>
 * <li>only the side that owns a milestone changes it, marks it done and records its slips (both sides for
 * a joint one): its owner, that side's lead and that side's admins (decision 0023);</li>
 * <li>a planned date moved later than the baseline and than before is a slip and needs a cause, an
 * explanation and a recovery plan ({@link #recordSlip});</li>
 * <li>the side that did not report a slip acknowledges or contests it; either side settles a contested
 * slip by writing down the compromise;</li>
 * <li>a baseline changes only when the other side's lead accepts a re-baseline proposal;</li>
 * <li>viewers change nothing.</li>
 * </ul>
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ScheduleService {

    private static final Set<SlipState> UNSETTLED = Set.of(SlipState.OPEN, SlipState.CONTESTED);

    private final MilestoneRepository milestones;
    private final MilestoneDependencyRepository dependencies;
    private final MilestoneGoalLinkRepository goalLinks;
    private final MilestoneSlipRepository slips;
    private final SlipEntryRepository slipEntries;
    private final MilestoneDateChangeRepository dateChanges;
    private final RebaselineProposalRepository proposals;
    private final RebaselineItemRepository proposalItems;
    private final ScheduleBaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final ProgramService programService;
    private final GoalService goalService;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MilestoneLinks links;

    ScheduleService(MilestoneRepository milestones, MilestoneDependencyRepository dependencies,
            MilestoneGoalLinkRepository goalLinks, MilestoneSlipRepository slips, SlipEntryRepository slipEntries,
            MilestoneDateChangeRepository dateChanges, RebaselineProposalRepository proposals,
            RebaselineItemRepository proposalItems, ScheduleBaselineRepository baselines,
            BaselineEntryRepository baselineEntries, ProgramService programService, GoalService goalService,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser, Clock clock,
            ApplicationEventPublisher events, MilestoneLinks links) {
        this.milestones = milestones;
        this.dependencies = dependencies;
        this.goalLinks = goalLinks;
        this.slips = slips;
        this.slipEntries = slipEntries;
        this.dateChanges = dateChanges;
        this.proposals = proposals;
        this.proposalItems = proposalItems;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.programService = programService;
        this.goalService = goalService;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.links = links;
    }

    // ---------------------------------------------------------------- reading

    /** The head of the schedule page: a fixed number of queries whatever the number of milestones. */
    @Transactional(readOnly = true)
    public ScheduleOverview overview(long programId) {
        var program = program(programId);
        var user = currentUser.require();
        var recent = proposals.findTop20ByProgramIdOrderByProposedAtDescIdDesc(programId);
        var views = proposalViews(program, recent, user);
        var pending = views.stream().filter(p -> p.state() == ProposalState.PENDING).findFirst();
        var decided = views.stream().filter(p -> p.state() != ProposalState.PENDING).toList();
        return new ScheduleOverview(programId, program.name(), counts(programId), baselineVersions(programId),
                pending, decided, contested(programId), program.canEdit(), mayPropose(program, user));
    }

    /**
     * What changed in the schedule since an instant, oldest first: slips reported since, and re-baseline
     * proposals made since or still pending. For a review's agenda; three statements whatever the program's size.
     */
    @Transactional(readOnly = true)
    public List<ScheduleChange> changesSince(long programId, java.time.Instant since) {
        program(programId);
        var reported = slips.findReportedSince(programId, since);
        var titles = reported.isEmpty() ? Map.<Long, String>of() : milestones.findByProgramIdAndIdIn(programId,
                        reported.stream().map(MilestoneSlip::getMilestoneId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
        var slipChanges = reported.stream().map(slip -> new ScheduleChange(ScheduleChange.Kind.SLIP, slip.getId(),
                slip.getMilestoneId(), titles.get(slip.getMilestoneId()), slip.getFromDate(), slip.getToDate(),
                slip.getCause(), slip.getExplanation(), slip.getReportedSide(), slip.getState().name(),
                slip.getReportedAt()));
        var proposalChanges = proposals.findProposedSinceOrPending(programId, since).stream()
                .map(p -> new ScheduleChange(ScheduleChange.Kind.REBASELINE, p.getId(), null, null, null, null, null,
                        p.getReason(), p.getProposerSide(), p.getState().name(), p.getProposedAt()));
        return Stream.concat(slipChanges, proposalChanges).sorted(Comparator.comparing(ScheduleChange::at)).toList();
    }

    /** One page of the list, late ones first, then slipped, on plan, done; each by planned date. */
    @Transactional(readOnly = true)
    public List<MilestoneRow> milestones(long programId, MilestoneFilter filter, Pageable pageable) {
        var program = program(programId);
        // The order is the status rank the query sorts by; a caller's sort would only fight it.
        var page = milestones.findPage(programId, today(), rank(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        return rows(program, page);
    }

    @Transactional(readOnly = true)
    public long count(long programId, MilestoneFilter filter) {
        program(programId);
        return milestones.countPage(programId, today(), rank(filter));
    }

    @Transactional(readOnly = true)
    public Optional<MilestoneDetails> milestone(long programId, long milestoneId) {
        var program = program(programId);
        return milestones.findByIdAndProgramId(milestoneId, programId).map(m -> details(program, m));
    }

    /** The milestone named in passing (a comment thread's subject): no history, slips or links are read. */
    @Transactional(readOnly = true)
    public Optional<MilestoneRef> ref(long programId, long milestoneId) {
        program(programId);
        return milestones.findByIdAndProgramId(milestoneId, programId).map(this::ref);
    }

    /** Who may own a milestone, which milestones it may depend on, which goals it may serve. */
    @Transactional(readOnly = true)
    public MilestoneCandidates candidates(long programId, Long milestoneId) {
        var program = program(programId);
        var others = milestones.findByProgramIdOrderByPlannedDateAscIdAsc(programId).stream()
                .filter(m -> !m.getId().equals(milestoneId)).map(this::ref).toList();
        var goals = goalService.titles(programId);
        return new MilestoneCandidates(people(program, Side.SUPPLIER), people(program, Side.CUSTOMER), others, goals);
    }

    /** Open milestones that wait on this one, directly or through others: what a slip here pushes. */
    @Transactional(readOnly = true)
    public List<MilestoneRef> affectedBy(long programId, long milestoneId) {
        program(programId);
        var milestone = milestones.findByIdAndProgramId(milestoneId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Milestone", milestoneId));
        return affected(programId, milestone.getId());
    }

    /**
     * Everything the timeline draws, in list order; with {@code comparedBaseline} each row also carries its
     * date in that earlier baseline version. Three queries (four with a comparison) for any schedule.
     */
    @Transactional(readOnly = true)
    public ScheduleTimelineData timeline(long programId, Integer comparedBaseline) {
        var program = program(programId);
        var today = today();
        var all = milestones.findByProgramIdOrderByPlannedDateAscIdAsc(programId).stream()
                .sorted(Comparator.comparing((Milestone m) -> m.status(today)).thenComparing(Milestone::getPlannedDate)
                        .thenComparing(Milestone::getId))
                .toList();
        var predecessors = dependencies.findByProgram(programId).stream().collect(Collectors.groupingBy(
                MilestoneDependency::getMilestoneId,
                Collectors.mapping(MilestoneDependency::getDependsOnId, Collectors.toList())));
        var versions = baselineVersions(programId);
        Map<Long, LocalDate> compared = Map.of();
        Integer shown = null;
        if (comparedBaseline != null) {
            var version = baselines.findByProgramIdAndNumber(programId, comparedBaseline);
            if (version.isPresent()) {
                shown = comparedBaseline;
                compared = baselineEntries.findByBaselineId(version.get().getId()).stream()
                        .collect(Collectors.toMap(BaselineEntry::getMilestoneId, BaselineEntry::getBaselineDate));
            }
        }
        var comparedDates = compared;
        var rows = all.stream().map(m -> new TimelineRow(m.getId(), m.getTitle(), m.getBaselineDate(),
                m.getPlannedDate(), m.getDoneDate(), comparedDates.get(m.getId()),
                predecessors.getOrDefault(m.getId(), List.of()), m.status(today) == MilestoneStatus.LATE)).toList();
        return new ScheduleTimelineData(rows, versions, shown, today, program.startDate(), program.targetEndDate());
    }

    /** What the program overview shows: counts, the next milestone, contested slips, a pending proposal. */
    @Transactional(readOnly = true)
    public ScheduleSummary summary(long programId) {
        program(programId);
        var next = milestones.findNextOpen(List.of(programId)).stream().findFirst().map(this::ref);
        return new ScheduleSummary(counts(programId), next, contested(programId),
                proposals.findByProgramIdAndState(programId, ProposalState.PENDING).isPresent());
    }

    /**
     * For the home page: open milestones due within {@code days} (late ones included) across every program
     * the reader may see, soonest first, and each such program's next open milestone. Four queries.
     */
    @Transactional(readOnly = true)
    public HomeSchedule home(int days, int limit) {
        var programNames = programService.visibleProgramNames();
        if (programNames.isEmpty()) {
            return new HomeSchedule(List.of(), Map.of());
        }
        var today = today();
        var due = milestones.findOpenDueBy(programNames.keySet(), today.plusDays(days), Pageable.ofSize(limit))
                .stream()
                .map(m -> new UpcomingMilestone(m.getProgramId(), programNames.get(m.getProgramId()), m.getId(),
                        m.getTitle(), m.getPlannedDate(), m.getOwnerSide(), m.status(today), m.daysSlipped()))
                .toList();
        var next = milestones.findNextOpen(programNames.keySet()).stream().collect(Collectors.toMap(
                Milestone::getProgramId, this::ref, (a, b) -> a));
        return new HomeSchedule(due, next);
    }

    /**
     * The schedule decisions waiting on me across the programs I may see: pending re-baseline proposals I
     * decide as the other side's lead, and slips the other side reported that I answer as my side's lead.
     * Oldest first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<AwaitedDecision> awaitingMe(int limit) {
        var user = currentUser.require();
        // The programs with their leads in one statement (shared with the page's other sections): the home
        // page's cost does not grow with the number of programs waiting on me.
        var programs = programService.visiblePrograms();
        if (programs.isEmpty() || user.isViewer()) {
            return List.of();
        }
        var pending = proposals.findByProgramIdInAndStateOrderByProposedAt(programs.keySet(), ProposalState.PENDING);
        var slipped = slips.findOpenReportedBy(programs.keySet(), user.side().other());
        var found = new ArrayList<AwaitedDecision>();
        for (var proposal : pending) {
            var program = programs.get(proposal.getProgramId());
            if (program.leadOf(proposal.decidingSide()) == user.id()) {
                found.add(new AwaitedDecision(AwaitedDecision.Kind.REBASELINE, program.id(), program.name(),
                        proposal.getId(), null, proposal.getReason(), proposal.getProposedAt()));
            }
        }
        for (var row : slipped) {
            var slip = (MilestoneSlip) row[0];
            var milestone = (Milestone) row[1];
            var program = programs.get(milestone.getProgramId());
            if (program.leadOf(user.side()) == user.id()) {
                found.add(new AwaitedDecision(AwaitedDecision.Kind.SLIP, program.id(), program.name(), slip.getId(),
                        milestone.getId(), milestone.getTitle(), slip.getReportedAt()));
            }
        }
        return found.stream().sorted(Comparator.comparing(AwaitedDecision::since)).limit(limit).toList();
    }

    // ---------------------------------------------------------------- milestones

    /** The days a milestone's dates may take in this program, for the forms to say so up front (decision 0033). */
    @Transactional(readOnly = true)
    public DateRange datesAllowed(long programId) {
        return milestoneDates(program(programId));
    }

    public MilestoneDetails create(long programId, @Valid MilestoneDraft draft) {
        var program = program(programId);
        if (!program.canEdit()) {
            throw new AccessDeniedException("Only leads add milestones to program " + programId);
        }
        validate(program, draft, null);
        var allowed = milestoneDates(program);
        allowed.require(draft.baselineDate(), "baselineDate", "schedule.error.date-range");
        allowed.require(draft.plannedDate(), "plannedDate", "schedule.error.date-range");
        if (draft.plannedDate().isAfter(draft.baselineDate())) {
            throw new InvalidInputException("plannedDate", "schedule.error.new-planned-after-baseline");
        }
        var now = clock.instant();
        var milestone = new Milestone(programId, draft.baselineDate(), draft.plannedDate(), now);
        milestone.describeAs(draft.title(), draft.description(), draft.ownerSide(), draft.ownerId(), now);
        milestones.saveAndFlush(milestone);
        links.save(milestone.getId(), MilestoneLinks.Links.of(draft));
        var user = currentUser.require();
        dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.CREATED, null,
                milestone.getPlannedDate(), null, null, null, user.id(), now));
        var version = baselines.findFirstByProgramIdOrderByNumberDesc(programId)
                .orElseGet(() -> baselines.save(new ScheduleBaseline(programId, 0, null, now)));
        baselineEntries.save(new BaselineEntry(version.getId(), milestone.getId(), milestone.getBaselineDate()));
        activity.record(entry(ActivityKind.MILESTONE_CREATED, program, milestone).change(null, milestone.describe()));
        return details(program, milestone);
    }

    /**
     * Saves the milestone if nobody changed it since {@code expectedVersion}; else both versions come back.
     * Moving the planned date later than the baseline and than before is a slip: refused without the
     * draft's {@link SlipReport}. Only what changed is written, and saving without a change writes nothing
     * (no new version, no activity); the activity event names each changed field as it was and as it is.
     */
    public MilestoneDetails update(long programId, long milestoneId, long expectedVersion,
            @Valid MilestoneDraft draft) {
        var program = program(programId);
        var milestone = editable(program, milestoneId, expectedVersion);
        validate(program, draft, milestone);
        if (!mayChange(program, draft.ownerSide(), draft.ownerId(), currentUser.require())) {
            // handing a milestone to the other side alone would take it out of the editor's hands
            throw new InvalidInputException("ownerSide", "schedule.error.owner-side-not-yours");
        }
        if (!draft.baselineDate().equals(milestone.getBaselineDate())) {
            throw new InvalidInputException("baselineDate", "schedule.error.baseline-through-proposal");
        }
        if (!draft.plannedDate().equals(milestone.getPlannedDate())) {
            milestoneDates(program).require(draft.plannedDate(), "plannedDate", "schedule.error.date-range");
        }
        var slipped = milestone.isSlip(draft.plannedDate());
        if (slipped && draft.slip() == null) {
            throw new InvalidInputException("slip", "schedule.error.slip-needs-report");
        }
        var previousPlan = milestone.getPlannedDate();
        var storedLinks = links.of(milestoneId);
        var wantedLinks = MilestoneLinks.Links.of(draft);
        var changes = changes(program, milestone, draft, slipped);
        links.describe(programId, storedLinks, wantedLinks, changes);
        if (changes.isEmpty() && previousPlan.equals(draft.plannedDate())) {
            return details(program, milestone);
        }
        var user = currentUser.require();
        var now = clock.instant();
        milestone.describeAs(draft.title(), draft.description(), draft.ownerSide(), draft.ownerId(), now);
        milestone.plan(draft.plannedDate(), now);
        if (!storedLinks.equals(wantedLinks)) {
            links.save(milestoneId, wantedLinks);
            milestone.touch(now);
        }
        milestones.saveAndFlush(milestone);
        if (slipped) {
            var slip = slips.save(new MilestoneSlip(milestoneId, previousPlan, draft.plannedDate(), draft.slip(),
                    user.id(), user.side(), now));
            dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.PLANNED, previousPlan,
                    draft.plannedDate(), draft.slip().cause(), draft.slip().explanation().strip(), slip.getId(),
                    user.id(), now));
            activity.record(entry(ActivityKind.MILESTONE_SLIPPED, program, milestone)
                    .change(previousPlan.toString(), draft.plannedDate() + " (" + draft.slip().cause() + "): "
                            + draft.slip().explanation().strip()));
            var concerned = new HashSet<Long>();
            concerned.add(milestone.getOwnerId());
            affectedMilestones(programId, milestoneId).forEach(m -> concerned.add(m.getOwnerId()));
            events.publishEvent(new MilestoneSlipped(programId, milestoneId, milestone.getTitle(), user.id(), concerned));
        } else if (!previousPlan.equals(draft.plannedDate())) {
            dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.PLANNED, previousPlan,
                    draft.plannedDate(), null, null, null, user.id(), now));
        }
        if (!changes.isEmpty()) {
            activity.record(entry(ActivityKind.MILESTONE_UPDATED, program, milestone).change(changes));
        }
        return details(program, milestone);
    }

    /**
     * Records a slip: the planned date moves to {@code slip.plannedDate()} with its cause, explanation and
     * recovery plan; nothing else of the milestone changes. Refused at the date when the date is no slip
     * (on or before the baseline, or not later than today's plan): such a date is changed with an edit.
     */
    public MilestoneDetails recordSlip(long programId, long milestoneId, long expectedVersion,
            @Valid @NotNull SlipDraft slip) {
        var program = program(programId);
        var milestone = editable(program, milestoneId, expectedVersion);
        if (milestone.getDoneDate() != null) {
            throw new InvalidInputException("plannedDate", "schedule.error.slip-done");
        }
        if (!milestone.isSlip(slip.plannedDate())) {
            throw new InvalidInputException("plannedDate", "schedule.error.not-a-slip");
        }
        var draft = details(program, milestone).toDraft();
        var moved = new MilestoneDraft(draft.title(), draft.description(), draft.ownerSide(), draft.ownerId(),
                draft.baselineDate(), slip.plannedDate(), draft.dependsOn(), draft.goalIds(), slip.report());
        return update(programId, milestoneId, expectedVersion, moved);
    }

    /** The fields of the milestone itself that the draft changes; a slip's date is its own event. */
    private FieldChanges changes(ProgramDetails program, Milestone milestone, MilestoneDraft draft, boolean slipped) {
        var names = people(program, null).stream().collect(Collectors.toMap(PersonSummary::id,
                PersonSummary::displayName, (a, b) -> a));
        var changes = new FieldChanges()
                .field("title", milestone.getTitle(), PlainText.line(draft.title()))
                .field("description", milestone.getDescription(),
                        draft.description() == null ? "" : PlainText.lines(draft.description()))
                .field("owner side", milestone.getOwnerSide(), draft.ownerSide())
                .reference("owner", milestone.getOwnerId(), draft.ownerId(), id -> names.getOrDefault(id, "#" + id));
        return slipped ? changes : changes.field("planned", milestone.getPlannedDate(), draft.plannedDate());
    }

    /** Records the day it was done; today unless the owner says it was done earlier. */
    public MilestoneDetails markDone(long programId, long milestoneId, long expectedVersion, @NotNull LocalDate doneDate) {
        var program = program(programId);
        var milestone = editable(program, milestoneId, expectedVersion);
        if (doneDate.isAfter(today())) {
            throw new InvalidInputException("doneDate", "schedule.error.done-in-future");
        }
        if (milestone.getDoneDate() != null) {
            throw new InvalidInputException("doneDate", "schedule.error.already-done");
        }
        milestoneDates(program).require(doneDate, "doneDate", "schedule.error.date-range");
        var now = clock.instant();
        milestone.markDone(doneDate, now);
        milestones.saveAndFlush(milestone);
        dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.DONE, milestone.getPlannedDate(), doneDate,
                null, null, null, currentUser.require().id(), now));
        activity.record(entry(ActivityKind.MILESTONE_DONE, program, milestone).change(null, doneDate.toString()));
        return details(program, milestone);
    }

    public MilestoneDetails reopen(long programId, long milestoneId, long expectedVersion) {
        var program = program(programId);
        var milestone = editable(program, milestoneId, expectedVersion);
        if (milestone.getDoneDate() == null) {
            return details(program, milestone);
        }
        var now = clock.instant();
        var wasDone = milestone.getDoneDate();
        milestone.reopen(now);
        milestones.saveAndFlush(milestone);
        dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.REOPENED, wasDone, null, null, null,
                null, currentUser.require().id(), now));
        activity.record(entry(ActivityKind.MILESTONE_REOPENED, program, milestone).change(wasDone.toString(), null));
        return details(program, milestone);
    }

    // ---------------------------------------------------------------- slips

    /** The other side accepts the slip as explained; a comment is welcome but not required. */
    public MilestoneDetails acknowledgeSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @Size(max = 2000) String comment) {
        return respond(programId, milestoneId, slipId, expectedVersion, SlipState.ACKNOWLEDGED,
                comment == null ? "" : comment.strip(), ActivityKind.SLIP_ACKNOWLEDGED);
    }

    /** The other side disputes the slip and says why; the thread then works towards a compromise. */
    public MilestoneDetails contestSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @NotBlank @Size(max = 2000) String comment) {
        return respond(programId, milestoneId, slipId, expectedVersion, SlipState.CONTESTED, comment.strip(),
                ActivityKind.SLIP_CONTESTED);
    }

    public MilestoneDetails replyToSlip(long programId, long milestoneId, long slipId,
            @NotBlank @Size(max = 2000) String body) {
        var program = program(programId);
        var milestone = milestone(program, milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = contributor(program);
        slipEntries.save(new SlipEntry(slip.getId(), SlipEntryKind.REPLY, body.strip(), user.id(), user.side(),
                clock.instant()));
        activity.record(entry(ActivityKind.SLIP_REPLIED, program, milestone).change(null, body.strip()));
        return details(program, milestone);
    }

    /** Either side writes down the compromise that settles a contested slip. */
    public MilestoneDetails settleSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @NotBlank @Size(max = 2000) String compromise) {
        var program = program(programId);
        var milestone = milestone(program, milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = contributor(program);
        if (slip.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, milestone));
        }
        if (slip.getState() != SlipState.CONTESTED) {
            throw new InvalidInputException("compromise", "schedule.error.settle-only-contested");
        }
        slip.settle(compromise.strip());
        slips.saveAndFlush(slip);
        slipEntries.save(new SlipEntry(slip.getId(), SlipEntryKind.COMPROMISE, compromise.strip(), user.id(),
                user.side(), clock.instant()));
        activity.record(entry(ActivityKind.SLIP_RESOLVED, program, milestone).change(null, compromise.strip()));
        return details(program, milestone);
    }

    private MilestoneDetails respond(long programId, long milestoneId, long slipId, long expectedVersion,
            SlipState outcome, String comment, ActivityKind kind) {
        var program = program(programId);
        var milestone = milestone(program, milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = contributor(program);
        if (user.side() != slip.respondingSide()) {
            throw new AccessDeniedException("The side that reported a slip does not answer it");
        }
        if (slip.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, milestone));
        }
        if (slip.getState() != SlipState.OPEN) {
            throw new InvalidInputException("comment", "schedule.error.slip-already-answered");
        }
        slip.respond(outcome);
        slips.saveAndFlush(slip);
        slipEntries.save(new SlipEntry(slip.getId(), outcome == SlipState.ACKNOWLEDGED ? SlipEntryKind.ACKNOWLEDGED
                : SlipEntryKind.CONTESTED, comment, user.id(), user.side(), clock.instant()));
        activity.record(entry(kind, program, milestone).change(SlipState.OPEN.name(), outcome.name()
                + (comment.isEmpty() ? "" : ": " + comment)));
        events.publishEvent(new SlipAnswered(programId, milestoneId, slipId, milestone.getTitle(),
                outcome == SlipState.CONTESTED, user.id(), Set.copyOf(List.of(slip.getReportedBy(), milestone.getOwnerId()))));
        return details(program, milestone);
    }

    // ---------------------------------------------------------------- re-baselines

    /** A lead proposes new baselines; nothing changes until the other side's lead accepts. */
    public ProposalView proposeRebaseline(long programId, @Valid RebaselineDraft draft) {
        var program = program(programId);
        var user = currentUser.require();
        if (!mayPropose(program, user)) {
            throw new AccessDeniedException("Only the leads propose a re-baseline");
        }
        if (proposals.findByProgramIdAndState(programId, ProposalState.PENDING).isPresent()) {
            throw new InvalidInputException("items", "schedule.error.proposal-pending");
        }
        var ids = draft.items().stream().map(ProposedBaseline::milestoneId).collect(Collectors.toSet());
        if (ids.size() != draft.items().size()) {
            throw new InvalidInputException("items", "schedule.error.proposal-duplicate");
        }
        var byId = milestones.findByProgramIdAndIdIn(programId, ids).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity()));
        if (byId.size() != ids.size()) {
            throw new InvalidInputException("items", "schedule.error.unknown-milestone");
        }
        for (var item : draft.items()) {
            var milestone = byId.get(item.milestoneId());
            if (milestone.getDoneDate() != null) {
                throw new InvalidInputException("items", "schedule.error.proposal-done-milestone");
            }
            if (milestone.getBaselineDate().equals(item.baselineDate())) {
                throw new InvalidInputException("items", "schedule.error.proposal-unchanged");
            }
            milestoneDates(program).require(item.baselineDate(), "items", "schedule.error.date-range");
        }
        var proposal = proposals.saveAndFlush(new RebaselineProposal(programId, draft.reason(), user.id(),
                user.side(), clock.instant()));
        proposalItems.saveAll(draft.items().stream().map(item -> new RebaselineItem(proposal.getId(),
                item.milestoneId(), byId.get(item.milestoneId()).getBaselineDate(), item.baselineDate())).toList());
        activity.record(proposalEntry(ActivityKind.REBASELINE_PROPOSED, program, proposal)
                .change(null, draft.items().size() + " milestone(s): " + draft.reason().strip()));
        var decider = proposal.decidingSide() == Side.SUPPLIER ? program.supplierLead() : program.customerLead();
        events.publishEvent(new RebaselineProposed(programId, proposal.getId(), proposal.getReason(), user.id(),
                decider.id()));
        return proposalView(program, proposal, user);
    }

    /**
     * The other side's lead accepts: the proposed baselines become the milestones' baselines and the
     * program's next baseline version records every milestone's baseline as it now stands.
     */
    public ProposalView acceptRebaseline(long programId, long proposalId, long expectedVersion,
            @Size(max = 2000) String comment) {
        var program = program(programId);
        var proposal = decidable(program, proposalId, expectedVersion);
        var user = currentUser.require();
        var now = clock.instant();
        var items = proposalItems.findByProposalIdIn(List.of(proposalId));
        var byId = milestones.findByProgramIdAndIdIn(programId,
                items.stream().map(RebaselineItem::getMilestoneId).toList()).stream()
                .collect(Collectors.toMap(Milestone::getId, Function.identity()));
        for (var item : items) {
            var milestone = byId.get(item.getMilestoneId());
            var previous = milestone.getBaselineDate();
            milestone.rebaseline(item.getProposedBaseline(), now);
            dateChanges.save(new MilestoneDateChange(milestone.getId(), DateChangeField.BASELINE, previous,
                    item.getProposedBaseline(), null, proposal.getReason(), null, user.id(), now));
        }
        milestones.saveAllAndFlush(byId.values());
        proposal.decide(ProposalState.ACCEPTED, user.id(), comment, now);
        proposals.saveAndFlush(proposal);
        var number = baselines.findFirstByProgramIdOrderByNumberDesc(programId).map(b -> b.getNumber() + 1).orElse(0);
        var version = baselines.save(new ScheduleBaseline(programId, number, proposalId, now));
        baselineEntries.saveAll(milestones.findByProgramIdOrderByPlannedDateAscIdAsc(programId).stream()
                .map(m -> new BaselineEntry(version.getId(), m.getId(), m.getBaselineDate())).toList());
        activity.record(proposalEntry(ActivityKind.REBASELINE_ACCEPTED, program, proposal)
                .change(ProposalState.PENDING.name(), "B" + number));
        return proposalView(program, proposal, user);
    }

    /** The other side's lead declines and says why; nothing changes. */
    public ProposalView declineRebaseline(long programId, long proposalId, long expectedVersion,
            @NotBlank @Size(max = 2000) String reason) {
        var program = program(programId);
        var proposal = decidable(program, proposalId, expectedVersion);
        var user = currentUser.require();
        proposal.decide(ProposalState.DECLINED, user.id(), reason, clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(proposalEntry(ActivityKind.REBASELINE_DECLINED, program, proposal)
                .change(ProposalState.PENDING.name(), reason.strip()));
        return proposalView(program, proposal, user);
    }

    /** The proposing side takes its proposal back before it is decided. */
    public ProposalView withdrawRebaseline(long programId, long proposalId, long expectedVersion) {
        var program = program(programId);
        var user = currentUser.require();
        var proposal = pendingProposal(program, proposalId, expectedVersion);
        if (!mayWithdraw(program, proposal, user)) {
            throw new AccessDeniedException("Only the proposing side withdraws a proposal");
        }
        proposal.decide(ProposalState.WITHDRAWN, user.id(), null, clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(proposalEntry(ActivityKind.REBASELINE_WITHDRAWN, program, proposal)
                .change(ProposalState.PENDING.name(), ProposalState.WITHDRAWN.name()));
        return proposalView(program, proposal, user);
    }

    private RebaselineProposal decidable(ProgramDetails program, long proposalId, long expectedVersion) {
        var proposal = pendingProposal(program, proposalId, expectedVersion);
        var user = currentUser.require();
        if (!mayDecide(program, proposal, user)) {
            throw new AccessDeniedException("Only the other side's lead decides a re-baseline");
        }
        return proposal;
    }

    private RebaselineProposal pendingProposal(ProgramDetails program, long proposalId, long expectedVersion) {
        var proposal = proposals.findByIdAndProgramId(proposalId, program.id())
                .orElseThrow(() -> new ResourceNotFoundException("Proposal", proposalId));
        if (proposal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(proposalView(program, proposal, currentUser.require()));
        }
        if (proposal.getState() != ProposalState.PENDING) {
            throw new InvalidInputException("reason", "schedule.error.proposal-decided");
        }
        return proposal;
    }

    // ---------------------------------------------------------------- rules

    private ProgramDetails program(long programId) {
        return programService.find(programId).orElseThrow(() -> new ResourceNotFoundException("Program", programId));
    }

    private Milestone milestone(ProgramDetails program, long milestoneId) {
        return milestones.findByIdAndProgramId(milestoneId, program.id())
                .orElseThrow(() -> new ResourceNotFoundException("Milestone", milestoneId));
    }

    private MilestoneSlip slip(long milestoneId, long slipId) {
        return slips.findByIdAndMilestoneId(slipId, milestoneId)
                .orElseThrow(() -> new ResourceNotFoundException("Slip", slipId));
    }

    private CurrentUser contributor(ProgramDetails program) {
        if (!program.canContribute()) {
            throw new AccessDeniedException("Viewers do not change the schedule");
        }
        return currentUser.require();
    }

    private Milestone editable(ProgramDetails program, long milestoneId, long expectedVersion) {
        var milestone = milestone(program, milestoneId);
        if (!canEdit(program, milestone, currentUser.require())) {
            throw new AccessDeniedException("May not change milestone " + milestoneId);
        }
        if (milestone.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, milestone));
        }
        return milestone;
    }

    private static boolean canEdit(ProgramDetails program, Milestone milestone, CurrentUser user) {
        return mayChange(program, milestone.getOwnerSide(), milestone.getOwnerId(), user);
    }

    /**
     * Decision 0023: a milestone is changed, marked done, reopened and slipped by the side that owns it (either
     * side for a joint one), and on that side by its owner, the side's lead of this program or the side's
     * admins (supplier admins; the customer's admins). Viewers change nothing; the other side answers slips.
     */
    static boolean mayChange(ProgramDetails program, OwnerSide ownerSide, long ownerId, CurrentUser user) {
        if (!program.canContribute() || !ownerSide.includes(user.side())) {
            return false;
        }
        var lead = user.isSupplier() ? program.supplierLead() : program.customerLead();
        return user.id() == ownerId || user.id() == lead.id() || user.isAdmin();
    }

    /** Supplier admins speak for the supplier side; otherwise only a side's lead proposes. */
    private static boolean mayPropose(ProgramDetails program, CurrentUser user) {
        return !user.isViewer() && (user.isSupplierAdmin() || isLead(program, user));
    }

    private static boolean mayDecide(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        var decidingLead = proposal.decidingSide() == Side.SUPPLIER ? program.supplierLead() : program.customerLead();
        return !user.isViewer() && user.id() == decidingLead.id();
    }

    private static boolean mayWithdraw(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        return !user.isViewer() && user.side() == proposal.getProposerSide()
                && (user.id() == proposal.getProposedBy() || isLead(program, user) || user.isSupplierAdmin());
    }

    private static boolean isLead(ProgramDetails program, CurrentUser user) {
        return user.id() == program.supplierLead().id() || user.id() == program.customerLead().id();
    }

    /** The rules a form cannot fully enforce, checked again here. */
    private void validate(ProgramDetails program, MilestoneDraft draft, Milestone existing) {
        var owner = people(program, null).stream().filter(p -> p.id() == draft.ownerId()).findFirst()
                .orElseThrow(() -> new InvalidInputException("ownerId", "schedule.error.owner-not-member"));
        if (draft.ownerSide() != OwnerSide.JOINT && !owner.side().name().equals(draft.ownerSide().name())) {
            throw new InvalidInputException("ownerId", "schedule.error.owner-side");
        }
        if (!draft.goalIds().isEmpty()) {
            var goals = goalService.titles(program.id()).stream().map(GoalRef::id).collect(Collectors.toSet());
            if (!goals.containsAll(draft.goalIds())) {
                throw new InvalidInputException("goalIds", "schedule.error.unknown-goal");
            }
        }
        if (draft.dependsOn().isEmpty()) {
            return;
        }
        var found = milestones.findByProgramIdAndIdIn(program.id(), draft.dependsOn());
        if (found.size() != draft.dependsOn().size()) {
            throw new InvalidInputException("dependsOn", "schedule.error.unknown-milestone");
        }
        if (existing != null) {
            if (draft.dependsOn().contains(existing.getId())) {
                throw new InvalidInputException("dependsOn", "schedule.error.dependency-cycle");
            }
            var graph = dependencies.findByProgram(program.id()).stream()
                    .filter(d -> d.getMilestoneId() != existing.getId())
                    .collect(Collectors.groupingBy(MilestoneDependency::getMilestoneId,
                            Collectors.mapping(MilestoneDependency::getDependsOnId, Collectors.toSet())));
            graph.put(existing.getId(), draft.dependsOn());
            if (reaches(graph, draft.dependsOn(), existing.getId())) {
                throw new InvalidInputException("dependsOn", "schedule.error.dependency-cycle");
            }
        }
    }

    /** Whether following "depends on" from any of {@code starts} leads back to {@code target}. */
    static boolean reaches(Map<Long, Set<Long>> dependsOn, Collection<Long> starts, long target) {
        var seen = new HashSet<Long>();
        var queue = new ArrayDeque<>(starts);
        while (!queue.isEmpty()) {
            var next = queue.poll();
            if (next == target) {
                return true;
            }
            if (seen.add(next)) {
                queue.addAll(dependsOn.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }

    private List<MilestoneRef> affected(long programId, long milestoneId) {
        return affectedMilestones(programId, milestoneId).stream().map(this::ref).toList();
    }

    private List<Milestone> affectedMilestones(long programId, long milestoneId) {
        var dependents = dependencies.findByProgram(programId).stream().collect(Collectors.groupingBy(
                MilestoneDependency::getDependsOnId,
                Collectors.mapping(MilestoneDependency::getMilestoneId, Collectors.toSet())));
        var found = new LinkedHashSet<Long>();
        var queue = new ArrayDeque<>(dependents.getOrDefault(milestoneId, Set.of()));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            if (next != milestoneId && found.add(next)) {
                queue.addAll(dependents.getOrDefault(next, Set.of()));
            }
        }
        if (found.isEmpty()) {
            return List.of();
        }
        return milestones.findByProgramIdAndIdIn(programId, found).stream()
                .filter(m -> m.getDoneDate() == null)
                .sorted(Comparator.comparing(Milestone::getPlannedDate).thenComparing(Milestone::getId))
                .toList();
    }

    // ---------------------------------------------------------------- views

    private Map<MilestoneStatus, Long> counts(long programId) {
        var counts = new EnumMap<MilestoneStatus, Long>(MilestoneStatus.class);
        for (var status : MilestoneStatus.values()) {
            counts.put(status, 0L);
        }
        for (var row : milestones.countByStatusRank(programId, today())) {
            counts.put(MilestoneStatus.values()[((Number) row[0]).intValue()], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private List<ContestedSlip> contested(long programId) {
        var contested = slips.findByProgramAndStateIn(programId, List.of(SlipState.CONTESTED));
        if (contested.isEmpty()) {
            return List.of();
        }
        var titles = milestones.findByProgramIdAndIdIn(programId,
                        contested.stream().map(MilestoneSlip::getMilestoneId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
        return contested.stream().map(s -> new ContestedSlip(s.getMilestoneId(), titles.get(s.getMilestoneId()),
                s.getFromDate(), s.getToDate(), s.getCause(), s.getReportedSide())).toList();
    }

    private List<BaselineVersion> baselineVersions(long programId) {
        return baselines.findByProgramIdOrderByNumber(programId).stream()
                .map(b -> new BaselineVersion(b.getNumber(), b.getCreatedAt())).toList();
    }

    private static Integer rank(MilestoneFilter filter) {
        return filter == null || filter.status() == null ? null : filter.status().ordinal();
    }

    private List<MilestoneRow> rows(ProgramDetails program, List<Milestone> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        var ids = page.stream().map(Milestone::getId).toList();
        var unsettled = slips.findByMilestoneIdInAndStateIn(ids, UNSETTLED).stream()
                .collect(Collectors.toMap(MilestoneSlip::getMilestoneId, MilestoneSlip::getState,
                        (a, b) -> a == SlipState.CONTESTED ? a : b));
        var people = peopleById(program, page.stream().map(Milestone::getOwnerId).collect(Collectors.toSet()));
        var today = today();
        return page.stream().map(m -> row(m, people.get(m.getOwnerId()), unsettled.get(m.getId()), today)).toList();
    }

    private static MilestoneRow row(Milestone m, PersonSummary owner, SlipState openSlip, LocalDate today) {
        return new MilestoneRow(m.getId(), m.getVersion(), m.getTitle(), m.getOwnerSide(), owner,
                m.getBaselineDate(), m.getPlannedDate(), m.getDoneDate(), m.daysSlipped(), m.status(today), openSlip);
    }

    private MilestoneDetails details(ProgramDetails program, Milestone milestone) {
        var user = currentUser.require();
        var id = milestone.getId();
        var predecessorIds = dependencies.findByMilestoneIdIn(List.of(id)).stream()
                .map(MilestoneDependency::getDependsOnId).toList();
        var predecessors = predecessorIds.isEmpty() ? List.<MilestoneRef>of()
                : milestones.findByProgramIdAndIdIn(program.id(), predecessorIds).stream()
                        .sorted(Comparator.comparing(Milestone::getPlannedDate)).map(this::ref).toList();
        var goalIds = goalLinks.findByMilestoneId(id).stream().map(MilestoneGoalLink::getGoalId)
                .collect(Collectors.toSet());
        var goals = goalIds.isEmpty() ? List.<GoalRef>of() : goalService.titles(program.id()).stream()
                .filter(g -> goalIds.contains(g.id())).toList();
        var slipList = slips.findByMilestoneIdOrderByReportedAtDescIdDesc(id);
        var thread = slipList.isEmpty() ? Map.<Long, List<SlipEntry>>of()
                : slipEntries.findBySlipIdInOrderByCreatedAtAscIdAsc(slipList.stream().map(MilestoneSlip::getId).toList())
                        .stream().collect(Collectors.groupingBy(SlipEntry::getSlipId));
        var history = dateChanges.findByMilestoneIdOrderByChangedAtDescIdDesc(id);
        var personIds = new HashSet<Long>();
        personIds.add(milestone.getOwnerId());
        slipList.forEach(s -> personIds.add(s.getReportedBy()));
        thread.values().forEach(entries -> entries.forEach(e -> personIds.add(e.getAuthorId())));
        history.forEach(h -> personIds.add(h.getChangedBy()));
        var people = peopleById(program, personIds);
        Function<Long, String> name = personId -> people.containsKey(personId) ? people.get(personId).displayName() : "";
        var unsettled = slipList.stream().filter(s -> UNSETTLED.contains(s.getState())).map(MilestoneSlip::getState)
                .reduce((a, b) -> a == SlipState.CONTESTED ? a : b).orElse(null);
        var slipViews = slipList.stream().map(s -> new SlipView(s.getId(), s.getVersion(), s.getFromDate(),
                s.getToDate(), s.getCause(), s.getExplanation(), s.getRecoveryPlan(), name.apply(s.getReportedBy()),
                s.getReportedSide(), s.getReportedAt(), s.getState(), s.getCompromise(),
                thread.getOrDefault(s.getId(), List.of()).stream().map(e -> new SlipEntryView(e.getKind(), e.getBody(),
                        name.apply(e.getAuthorId()), e.getAuthorSide(), e.getCreatedAt())).toList(),
                program.canContribute() && s.getState() == SlipState.OPEN && user.side() == s.respondingSide(),
                program.canContribute() && s.getState() == SlipState.CONTESTED,
                program.canContribute())).toList();
        var historyViews = history.stream().map(h -> new DateChangeView(h.getField(), h.getFromDate(), h.getToDate(),
                h.getCause(), h.getExplanation(), name.apply(h.getChangedBy()), h.getChangedAt())).toList();
        return new MilestoneDetails(program.id(), program.name(),
                row(milestone, people.get(milestone.getOwnerId()), unsettled, today()), milestone.getDescription(),
                predecessors, affected(program.id(), id), goals, slipViews, historyViews,
                canEdit(program, milestone, user), program.canContribute(), milestoneDates(program));
    }

    private List<ProposalView> proposalViews(ProgramDetails program, List<RebaselineProposal> list, CurrentUser user) {
        if (list.isEmpty()) {
            return List.of();
        }
        var items = proposalItems.findByProposalIdIn(list.stream().map(RebaselineProposal::getId).toList());
        var titles = milestones.findByProgramIdAndIdIn(program.id(),
                        items.stream().map(RebaselineItem::getMilestoneId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
        var byProposal = items.stream().collect(Collectors.groupingBy(RebaselineItem::getProposalId));
        var people = peopleById(program, list.stream()
                .flatMap(p -> Stream.of(p.getProposedBy(), p.getDecidedBy())).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        Function<Long, String> name = id -> id == null || !people.containsKey(id) ? null : people.get(id).displayName();
        return list.stream().map(p -> new ProposalView(p.getId(), p.getVersion(), p.getReason(),
                name.apply(p.getProposedBy()), p.getProposerSide(), p.getProposedAt(), p.getState(),
                name.apply(p.getDecidedBy()), p.getDecidedAt(), p.getDecisionReason(),
                byProposal.getOrDefault(p.getId(), List.of()).stream()
                        .map(i -> new ProposalItemView(i.getMilestoneId(), titles.get(i.getMilestoneId()),
                                i.getCurrentBaseline(), i.getProposedBaseline()))
                        .sorted(Comparator.comparing(ProposalItemView::proposedBaseline)).toList(),
                p.getState() == ProposalState.PENDING && mayDecide(program, p, user),
                p.getState() == ProposalState.PENDING && mayWithdraw(program, p, user))).toList();
    }

    private ProposalView proposalView(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        return proposalViews(program, List.of(proposal), user).getFirst();
    }

    /** Program members and leads, looked up in the directory only for people who have since left. */
    private Map<Long, PersonSummary> peopleById(ProgramDetails program, Set<Long> ids) {
        var known = people(program, null).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a, HashMap::new));
        var missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            known.putAll(directory.people(missing));
        }
        return known;
    }

    /** The people of one side (or both, for null) who may own a milestone: its members and its lead. */
    private static List<PersonSummary> people(ProgramDetails program, Side side) {
        var all = new ArrayList<PersonSummary>();
        if (side != Side.CUSTOMER) {
            all.add(program.supplierLead());
            all.addAll(program.supplierMembers());
        }
        if (side != Side.SUPPLIER) {
            all.add(program.customerLead());
            all.addAll(program.customerMembers());
        }
        return all.stream().collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new)).values().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private MilestoneRef ref(Milestone m) {
        return ref(m, today());
    }

    private static MilestoneRef ref(Milestone m, LocalDate today) {
        return new MilestoneRef(m.getId(), m.getTitle(), m.getBaselineDate(), m.getPlannedDate(),
                m.getDoneDate() != null, m.status(today) == MilestoneStatus.LATE);
    }

    private static ActivityEntry entry(ActivityKind kind, ProgramDetails program, Milestone milestone) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("milestone", milestone.getId(), milestone.getTitle());
    }

    private static ActivityEntry proposalEntry(ActivityKind kind, ProgramDetails program, RebaselineProposal proposal) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("rebaseline", proposal.getId(), proposal.getReason());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(currentUser.require().timeZone()));
    }

    /**
     * The days a milestone's baseline, plan or done date may take: within a year of the program's dates
     * (decision 0033). Without it one date in 9999 drew a timeline of 18.8 MB.
     */
    private DateRange milestoneDates(ProgramDetails program) {
        return Bounds.aroundProgram(program.startDate(), program.targetEndDate(), today());
    }
}
