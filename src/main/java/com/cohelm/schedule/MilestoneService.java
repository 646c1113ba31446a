package com.cohelm.schedule;

import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.FieldChanges;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.PlainText;
import com.cohelm.goal.GoalRef;
import com.cohelm.goal.GoalService;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Milestones of the shared schedule: adding one, editing it (with its dependencies and goal links), marking
 * it done and reopening it. Every method first passes {@link ProgramAccessPolicy} (an invisible program, or a
 * milestone of another program, answers as not found; viewers change nothing), then applies the schedule's
 * rules ({@link ScheduleRules}):
 * <ul>
 * <li>leads and supplier admins add milestones;</li>
 * <li>only the side that owns a milestone changes it and marks it done (both sides for a joint one): its
 * owner, that side's lead and that side's admins (decision 0023);</li>
 * <li>a planned date moved later than the baseline and than before is a slip and needs a cause, an
 * explanation and a recovery plan (see {@link SlipService#recordSlip});</li>
 * <li>a baseline changes only through an accepted re-baseline ({@link RebaselineService}).</li>
 * </ul>
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class MilestoneService {

    private final MilestoneRepository milestones;
    private final MilestoneDependencyRepository dependencies;
    private final MilestoneSlipRepository slips;
    private final MilestoneDateChangeRepository dateChanges;
    private final ScheduleBaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final GoalService goalService;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final MilestoneLinks links;
    private final ScheduleAssembler assembler;

    MilestoneService(MilestoneRepository milestones, MilestoneDependencyRepository dependencies,
            MilestoneSlipRepository slips, MilestoneDateChangeRepository dateChanges,
            ScheduleBaselineRepository baselines, BaselineEntryRepository baselineEntries,
            ProgramAccessPolicy accessPolicy, ProgramService programService, GoalService goalService,
            ActivityRecorder activity, CurrentUserService currentUser, Clock clock, ApplicationEventPublisher events,
            MilestoneLinks links, ScheduleAssembler assembler) {
        this.milestones = milestones;
        this.dependencies = dependencies;
        this.slips = slips;
        this.dateChanges = dateChanges;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.goalService = goalService;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.links = links;
        this.assembler = assembler;
    }

    /** The days a milestone's dates may take in this program, for the forms to say so up front (decision 0033). */
    @Transactional(readOnly = true)
    public DateRange datesAllowed(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        return ScheduleRules.datesAllowed(program, currentUser.today());
    }

    /** Who may own a milestone, which milestones it may depend on, which goals it may serve. */
    @Transactional(readOnly = true)
    public MilestoneCandidates candidates(long programId, Long milestoneId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var others = milestones.findByProgramIdOrderByPlannedDateAscIdAsc(programId).stream()
                .filter(m -> !m.getId().equals(milestoneId)).map(assembler::ref).toList();
        var goals = goalService.titles(programId);
        return new MilestoneCandidates(ScheduleRules.people(program, Side.SUPPLIER),
                ScheduleRules.people(program, Side.CUSTOMER), others, goals);
    }

    public MilestoneDetails create(long programId, @Valid MilestoneDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        if (!program.canEdit()) {
            throw new AccessDeniedException("Only leads add milestones to program " + programId);
        }
        validate(program, draft, null);
        var allowed = ScheduleRules.datesAllowed(program, currentUser.today());
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
        activity.record(ScheduleRules.entry(ActivityKind.MILESTONE_CREATED, program, milestone)
                .change(null, milestone.describe()));
        return assembler.details(program, milestone);
    }

    /**
     * Saves the milestone if nobody changed it since {@code expectedVersion}; else both versions come back.
     * Moving the planned date later than the baseline and than before is a slip: refused without the
     * draft's {@link SlipReport}. Only what changed is written, and saving without a change writes nothing
     * (no new version, no activity); the activity event names each changed field as it was and as it is.
     */
    public MilestoneDetails update(long programId, long milestoneId, long expectedVersion,
            @Valid MilestoneDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.editable(program, milestoneId, expectedVersion);
        validate(program, draft, milestone);
        if (!ScheduleRules.mayChange(program, draft.ownerSide(), draft.ownerId(), currentUser.require())) {
            // handing a milestone to the other side alone would take it out of the editor's hands
            throw new InvalidInputException("ownerSide", "schedule.error.owner-side-not-yours");
        }
        if (!draft.baselineDate().equals(milestone.getBaselineDate())) {
            throw new InvalidInputException("baselineDate", "schedule.error.baseline-through-proposal");
        }
        if (!draft.plannedDate().equals(milestone.getPlannedDate())) {
            ScheduleRules.datesAllowed(program, currentUser.today())
                    .require(draft.plannedDate(), "plannedDate", "schedule.error.date-range");
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
            return assembler.details(program, milestone);
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
            activity.record(ScheduleRules.entry(ActivityKind.MILESTONE_SLIPPED, program, milestone)
                    .change(previousPlan.toString(), draft.plannedDate() + " (" + draft.slip().cause() + "): "
                            + draft.slip().explanation().strip()));
            var concerned = new HashSet<Long>();
            concerned.add(milestone.getOwnerId());
            assembler.affectedMilestones(programId, milestoneId).forEach(m -> concerned.add(m.getOwnerId()));
            events.publishEvent(new MilestoneSlipped(programId, milestoneId, milestone.getTitle(), user.id(), concerned));
        } else if (!previousPlan.equals(draft.plannedDate())) {
            dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.PLANNED, previousPlan,
                    draft.plannedDate(), null, null, null, user.id(), now));
        }
        if (!changes.isEmpty()) {
            activity.record(ScheduleRules.entry(ActivityKind.MILESTONE_UPDATED, program, milestone).change(changes));
        }
        return assembler.details(program, milestone);
    }

    /** The fields of the milestone itself that the draft changes; a slip's date is its own event. */
    private static FieldChanges changes(ProgramDetails program, Milestone milestone, MilestoneDraft draft,
            boolean slipped) {
        var names = ScheduleRules.people(program, null).stream().collect(Collectors.toMap(PersonSummary::id,
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
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.editable(program, milestoneId, expectedVersion);
        var today = currentUser.today();
        if (doneDate.isAfter(today)) {
            throw new InvalidInputException("doneDate", "schedule.error.done-in-future");
        }
        if (milestone.getDoneDate() != null) {
            throw new InvalidInputException("doneDate", "schedule.error.already-done");
        }
        ScheduleRules.datesAllowed(program, today).require(doneDate, "doneDate", "schedule.error.date-range");
        var now = clock.instant();
        milestone.markDone(doneDate, now);
        milestones.saveAndFlush(milestone);
        dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.DONE, milestone.getPlannedDate(), doneDate,
                null, null, null, currentUser.require().id(), now));
        activity.record(ScheduleRules.entry(ActivityKind.MILESTONE_DONE, program, milestone)
                .change(null, doneDate.toString()));
        return assembler.details(program, milestone);
    }

    public MilestoneDetails reopen(long programId, long milestoneId, long expectedVersion) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.editable(program, milestoneId, expectedVersion);
        if (milestone.getDoneDate() == null) {
            return assembler.details(program, milestone);
        }
        var now = clock.instant();
        var wasDone = milestone.getDoneDate();
        milestone.reopen(now);
        milestones.saveAndFlush(milestone);
        dateChanges.save(new MilestoneDateChange(milestoneId, DateChangeField.REOPENED, wasDone, null, null, null,
                null, currentUser.require().id(), now));
        activity.record(ScheduleRules.entry(ActivityKind.MILESTONE_REOPENED, program, milestone)
                .change(wasDone.toString(), null));
        return assembler.details(program, milestone);
    }

    /** The rules a form cannot fully enforce, checked again here. */
    private void validate(ProgramDetails program, MilestoneDraft draft, Milestone existing) {
        var owner = ScheduleRules.people(program, null).stream().filter(p -> p.id() == draft.ownerId()).findFirst()
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
}
