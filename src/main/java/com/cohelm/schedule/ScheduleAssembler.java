package com.cohelm.schedule;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.goal.GoalRef;
import com.cohelm.goal.GoalService;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What the schedule's services hand back, read in a fixed number of statements: a milestone with everything
 * both sides see about it, a page of list rows, re-baseline proposals, the counts per status. The services
 * check access first and pass the program in; the flags (may edit, may answer, may decide) come from
 * {@link ScheduleRules}. Also the milestone a change starts from ({@link #editable}), since a conflict hands
 * back the milestone as it now is.
 */
@Component
class ScheduleAssembler {

    static final Set<SlipState> UNSETTLED = Set.of(SlipState.OPEN, SlipState.CONTESTED);

    private final MilestoneRepository milestones;
    private final MilestoneDependencyRepository dependencies;
    private final MilestoneGoalLinkRepository goalLinks;
    private final MilestoneSlipRepository slips;
    private final SlipEntryRepository slipEntries;
    private final MilestoneDateChangeRepository dateChanges;
    private final RebaselineItemRepository proposalItems;
    private final ScheduleBaselineRepository baselines;
    private final GoalService goalService;
    private final AccountDirectory directory;
    private final CurrentUserService currentUser;

    ScheduleAssembler(MilestoneRepository milestones, MilestoneDependencyRepository dependencies,
            MilestoneGoalLinkRepository goalLinks, MilestoneSlipRepository slips, SlipEntryRepository slipEntries,
            MilestoneDateChangeRepository dateChanges, RebaselineItemRepository proposalItems,
            ScheduleBaselineRepository baselines, GoalService goalService, AccountDirectory directory,
            CurrentUserService currentUser) {
        this.milestones = milestones;
        this.dependencies = dependencies;
        this.goalLinks = goalLinks;
        this.slips = slips;
        this.slipEntries = slipEntries;
        this.dateChanges = dateChanges;
        this.proposalItems = proposalItems;
        this.baselines = baselines;
        this.goalService = goalService;
        this.directory = directory;
        this.currentUser = currentUser;
    }

    /** The milestone of this program, or not found (a milestone of another program is not found either). */
    Milestone milestone(long programId, long milestoneId) {
        return milestones.findByIdAndProgramId(milestoneId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Milestone", milestoneId));
    }

    /** The milestone the reader may change as of {@code expectedVersion}; a conflict carries it as it now is. */
    Milestone editable(ProgramDetails program, long milestoneId, long expectedVersion) {
        var milestone = milestone(program.id(), milestoneId);
        if (!ScheduleRules.canEdit(program, milestone, currentUser.require())) {
            throw new AccessDeniedException("May not change milestone " + milestoneId);
        }
        if (milestone.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(details(program, milestone));
        }
        return milestone;
    }

    MilestoneDetails details(ProgramDetails program, Milestone milestone) {
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
        var today = currentUser.today();
        return new MilestoneDetails(program.id(), program.name(),
                row(milestone, people.get(milestone.getOwnerId()), unsettled, today), milestone.getDescription(),
                predecessors, affected(program.id(), id), goals, slipViews, historyViews,
                ScheduleRules.canEdit(program, milestone, user), program.canContribute(),
                ScheduleRules.datesAllowed(program, today));
    }

    /**
     * List rows with their owners and unsettled slips: two statements for any page. The owners come from the
     * directory, so a page of the list needs the program's access only, not its members.
     */
    List<MilestoneRow> rows(List<Milestone> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        var ids = page.stream().map(Milestone::getId).toList();
        var unsettled = slips.findByMilestoneIdInAndStateIn(ids, UNSETTLED).stream()
                .collect(Collectors.toMap(MilestoneSlip::getMilestoneId, MilestoneSlip::getState,
                        (a, b) -> a == SlipState.CONTESTED ? a : b));
        var owners = directory.people(page.stream().map(Milestone::getOwnerId).collect(Collectors.toSet()));
        var today = currentUser.today();
        return page.stream().map(m -> row(m, owners.get(m.getOwnerId()), unsettled.get(m.getId()), today)).toList();
    }

    private static MilestoneRow row(Milestone m, PersonSummary owner, SlipState openSlip, LocalDate today) {
        return new MilestoneRow(m.getId(), m.getVersion(), m.getTitle(), m.getOwnerSide(), owner,
                m.getBaselineDate(), m.getPlannedDate(), m.getDoneDate(), m.daysSlipped(), m.status(today), openSlip);
    }

    List<ProposalView> proposalViews(ProgramDetails program, List<RebaselineProposal> list, CurrentUser user) {
        if (list.isEmpty()) {
            return List.of();
        }
        var items = proposalItems.findByProposalIdIn(list.stream().map(RebaselineProposal::getId).toList());
        var titles = milestones.findByProgramIdAndIdIn(program.id(),
                        items.stream().map(RebaselineItem::getMilestoneId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Milestone::getId, Milestone::getTitle));
        var byProposal = items.stream().collect(Collectors.groupingBy(RebaselineItem::getProposalId));
        var people = peopleById(program, list.stream()
                .flatMap(p -> Stream.of(p.getProposedBy(), p.getDecidedBy())).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Function<Long, String> name = id -> id == null || !people.containsKey(id) ? null : people.get(id).displayName();
        return list.stream().map(p -> new ProposalView(p.getId(), p.getVersion(), p.getReason(),
                name.apply(p.getProposedBy()), p.getProposerSide(), p.getProposedAt(), p.getState(),
                name.apply(p.getDecidedBy()), p.getDecidedAt(), p.getDecisionReason(),
                byProposal.getOrDefault(p.getId(), List.of()).stream()
                        .map(i -> new ProposalItemView(i.getMilestoneId(), titles.get(i.getMilestoneId()),
                                i.getCurrentBaseline(), i.getProposedBaseline()))
                        .sorted(Comparator.comparing(ProposalItemView::proposedBaseline)).toList(),
                p.getState() == ProposalState.PENDING && ScheduleRules.mayDecide(program, p, user),
                p.getState() == ProposalState.PENDING && ScheduleRules.mayWithdraw(program, p, user))).toList();
    }

    ProposalView proposalView(ProgramDetails program, RebaselineProposal proposal, CurrentUser user) {
        return proposalViews(program, List.of(proposal), user).getFirst();
    }

    Map<MilestoneStatus, Long> counts(long programId) {
        var counts = new EnumMap<MilestoneStatus, Long>(MilestoneStatus.class);
        for (var status : MilestoneStatus.values()) {
            counts.put(status, 0L);
        }
        for (var row : milestones.countByStatusRank(programId, currentUser.today())) {
            counts.put(MilestoneStatus.values()[((Number) row[0]).intValue()], ((Number) row[1]).longValue());
        }
        return counts;
    }

    List<ContestedSlip> contested(long programId) {
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

    List<BaselineVersion> baselineVersions(long programId) {
        return baselines.findByProgramIdOrderByNumber(programId).stream()
                .map(b -> new BaselineVersion(b.getNumber(), b.getCreatedAt())).toList();
    }

    List<MilestoneRef> affected(long programId, long milestoneId) {
        return affectedMilestones(programId, milestoneId).stream().map(this::ref).toList();
    }

    /** Open milestones that wait on this one, directly or through others, by planned date: two statements. */
    List<Milestone> affectedMilestones(long programId, long milestoneId) {
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

    MilestoneRef ref(Milestone m) {
        return ScheduleRules.ref(m, currentUser.today());
    }

    /** Program members and leads, looked up in the directory only for people who have since left. */
    private Map<Long, PersonSummary> peopleById(ProgramDetails program, Set<Long> ids) {
        var known = ScheduleRules.people(program, null).stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity(), (a, b) -> a, HashMap::new));
        var missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            known.putAll(directory.people(missing));
        }
        return known;
    }
}
