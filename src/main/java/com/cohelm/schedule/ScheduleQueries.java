package com.cohelm.schedule;

import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the shared schedule: the schedule page's head, its list and timeline, one milestone, what the
 * program overview, the home page and a review's agenda show of it. Every method first asks
 * {@link ProgramAccessPolicy} whether the reader may see the program (an invisible program, or a milestone
 * of another program, answers as not found); only the methods that show people or the program's dates read
 * the program's details. Each answers in a fixed number of statements whatever the schedule's size.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ScheduleQueries {

    private final MilestoneRepository milestones;
    private final MilestoneDependencyRepository dependencies;
    private final MilestoneSlipRepository slips;
    private final RebaselineProposalRepository proposals;
    private final ScheduleBaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final CurrentUserService currentUser;
    private final ScheduleAssembler assembler;

    ScheduleQueries(MilestoneRepository milestones, MilestoneDependencyRepository dependencies,
            MilestoneSlipRepository slips, RebaselineProposalRepository proposals, ScheduleBaselineRepository baselines,
            BaselineEntryRepository baselineEntries, ProgramAccessPolicy accessPolicy, ProgramService programService,
            CurrentUserService currentUser, ScheduleAssembler assembler) {
        this.milestones = milestones;
        this.dependencies = dependencies;
        this.slips = slips;
        this.proposals = proposals;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.currentUser = currentUser;
        this.assembler = assembler;
    }

    /** The head of the schedule page: a fixed number of queries whatever the number of milestones. */
    public ScheduleOverview overview(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var user = currentUser.require();
        var recent = proposals.findTop20ByProgramIdOrderByProposedAtDescIdDesc(programId);
        var views = assembler.proposalViews(program, recent, user);
        var pending = views.stream().filter(p -> p.state() == ProposalState.PENDING).findFirst();
        var decided = views.stream().filter(p -> p.state() != ProposalState.PENDING).toList();
        return new ScheduleOverview(programId, program.name(), assembler.counts(programId),
                assembler.baselineVersions(programId), pending, decided, assembler.contested(programId),
                program.canEdit(), ScheduleRules.mayPropose(program, user));
    }

    /**
     * What changed in the schedule since an instant, oldest first: slips reported since, and re-baseline
     * proposals made since or still pending. For a review's agenda; three statements whatever the program's size.
     */
    public List<ScheduleChange> changesSince(long programId, Instant since) {
        accessPolicy.require(programId, Need.READ);
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
    public List<MilestoneRow> milestones(long programId, MilestoneFilter filter, Pageable pageable) {
        accessPolicy.require(programId, Need.READ);
        // The order is the status rank the query sorts by; a caller's sort would only fight it.
        var page = milestones.findPage(programId, currentUser.today(), rank(filter),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
        return assembler.rows(page);
    }

    public long count(long programId, MilestoneFilter filter) {
        accessPolicy.require(programId, Need.READ);
        return milestones.countPage(programId, currentUser.today(), rank(filter));
    }

    private static Integer rank(MilestoneFilter filter) {
        return filter == null || filter.status() == null ? null : filter.status().ordinal();
    }

    public Optional<MilestoneDetails> milestone(long programId, long milestoneId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        return milestones.findByIdAndProgramId(milestoneId, programId).map(m -> assembler.details(program, m));
    }

    /** The milestone named in passing (a comment thread's subject): no history, slips or links are read. */
    public Optional<MilestoneRef> ref(long programId, long milestoneId) {
        accessPolicy.require(programId, Need.READ);
        return milestones.findByIdAndProgramId(milestoneId, programId).map(assembler::ref);
    }

    /** Open milestones that wait on this one, directly or through others: what a slip here pushes. */
    public List<MilestoneRef> affectedBy(long programId, long milestoneId) {
        accessPolicy.require(programId, Need.READ);
        var milestone = assembler.milestone(programId, milestoneId);
        return assembler.affected(programId, milestone.getId());
    }

    /**
     * Everything the timeline draws, in list order; with {@code comparedBaseline} each row also carries its
     * date in that earlier baseline version. Three queries (four with a comparison) for any schedule.
     */
    public ScheduleTimelineData timeline(long programId, Integer comparedBaseline) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var today = currentUser.today();
        var all = milestones.findByProgramIdOrderByPlannedDateAscIdAsc(programId).stream()
                .sorted(Comparator.comparing((Milestone m) -> m.status(today)).thenComparing(Milestone::getPlannedDate)
                        .thenComparing(Milestone::getId))
                .toList();
        var predecessors = dependencies.findByProgram(programId).stream().collect(Collectors.groupingBy(
                MilestoneDependency::getMilestoneId,
                Collectors.mapping(MilestoneDependency::getDependsOnId, Collectors.toList())));
        var versions = assembler.baselineVersions(programId);
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
    public ScheduleSummary summary(long programId) {
        accessPolicy.require(programId, Need.READ);
        var next = milestones.findNextOpen(List.of(programId)).stream().findFirst().map(assembler::ref);
        return new ScheduleSummary(assembler.counts(programId), next, assembler.contested(programId),
                proposals.findByProgramIdAndState(programId, ProposalState.PENDING).isPresent());
    }

    /**
     * For the home page: open milestones due within {@code days} (late ones included) across every program
     * the reader may see, soonest first, and each such program's next open milestone. Four queries.
     */
    public HomeSchedule home(int days, int limit) {
        var programNames = programService.visibleProgramNames();
        if (programNames.isEmpty()) {
            return new HomeSchedule(List.of(), Map.of());
        }
        var today = currentUser.today();
        var due = milestones.findOpenDueBy(programNames.keySet(), today.plusDays(days), Pageable.ofSize(limit))
                .stream()
                .map(m -> new UpcomingMilestone(m.getProgramId(), programNames.get(m.getProgramId()), m.getId(),
                        m.getTitle(), m.getPlannedDate(), m.getOwnerSide(), m.status(today), m.daysSlipped()))
                .toList();
        var next = milestones.findNextOpen(programNames.keySet()).stream().collect(Collectors.toMap(
                Milestone::getProgramId, assembler::ref, (a, b) -> a));
        return new HomeSchedule(due, next);
    }

    /**
     * The schedule decisions waiting on me across the programs I may see: pending re-baseline proposals I
     * decide as the other side's lead, and slips the other side reported that I answer as my side's lead.
     * Oldest first, at most {@code limit}.
     */
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
}
