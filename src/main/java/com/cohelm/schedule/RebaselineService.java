package com.cohelm.schedule;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Re-baselines of the shared schedule: a baseline changes only when the other side's lead accepts a
 * proposal, and the accepted one becomes the program's next baseline version (B1, B2, ...). Every method
 * first passes {@link ProgramAccessPolicy} for a change (an invisible program answers as not found; viewers
 * change nothing), then the rules of {@link ScheduleRules}: a side's lead (or a supplier admin) proposes, one
 * proposal at a time; the other side's lead accepts or declines; the proposing side withdraws.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class RebaselineService {

    private final MilestoneRepository milestones;
    private final MilestoneDateChangeRepository dateChanges;
    private final RebaselineProposalRepository proposals;
    private final RebaselineItemRepository proposalItems;
    private final ScheduleBaselineRepository baselines;
    private final BaselineEntryRepository baselineEntries;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScheduleAssembler assembler;

    RebaselineService(MilestoneRepository milestones, MilestoneDateChangeRepository dateChanges,
            RebaselineProposalRepository proposals, RebaselineItemRepository proposalItems,
            ScheduleBaselineRepository baselines, BaselineEntryRepository baselineEntries,
            ProgramAccessPolicy accessPolicy, ProgramService programService, ActivityRecorder activity,
            CurrentUserService currentUser, Clock clock, ApplicationEventPublisher events,
            ScheduleAssembler assembler) {
        this.milestones = milestones;
        this.dateChanges = dateChanges;
        this.proposals = proposals;
        this.proposalItems = proposalItems;
        this.baselines = baselines;
        this.baselineEntries = baselineEntries;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.assembler = assembler;
    }

    /** A lead proposes new baselines; nothing changes until the other side's lead accepts. */
    public ProposalView proposeRebaseline(long programId, @Valid RebaselineDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var user = currentUser.require();
        if (!ScheduleRules.mayPropose(program, user)) {
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
        var allowed = ScheduleRules.datesAllowed(program, currentUser.today());
        for (var item : draft.items()) {
            var milestone = byId.get(item.milestoneId());
            if (milestone.getDoneDate() != null) {
                throw new InvalidInputException("items", "schedule.error.proposal-done-milestone");
            }
            if (milestone.getBaselineDate().equals(item.baselineDate())) {
                throw new InvalidInputException("items", "schedule.error.proposal-unchanged");
            }
            allowed.require(item.baselineDate(), "items", "schedule.error.date-range");
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
        return assembler.proposalView(program, proposal, user);
    }

    /**
     * The other side's lead accepts: the proposed baselines become the milestones' baselines and the
     * program's next baseline version records every milestone's baseline as it now stands.
     */
    public ProposalView acceptRebaseline(long programId, long proposalId, long expectedVersion,
            @Size(max = 2000) String comment) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
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
        return assembler.proposalView(program, proposal, user);
    }

    /** The other side's lead declines and says why; nothing changes. */
    public ProposalView declineRebaseline(long programId, long proposalId, long expectedVersion,
            @NotBlank @Size(max = 2000) String reason) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var proposal = decidable(program, proposalId, expectedVersion);
        var user = currentUser.require();
        proposal.decide(ProposalState.DECLINED, user.id(), reason, clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(proposalEntry(ActivityKind.REBASELINE_DECLINED, program, proposal)
                .change(ProposalState.PENDING.name(), reason.strip()));
        return assembler.proposalView(program, proposal, user);
    }

    /** The proposing side takes its proposal back before it is decided. */
    public ProposalView withdrawRebaseline(long programId, long proposalId, long expectedVersion) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var user = currentUser.require();
        var proposal = pendingProposal(program, proposalId, expectedVersion);
        if (!ScheduleRules.mayWithdraw(program, proposal, user)) {
            throw new AccessDeniedException("Only the proposing side withdraws a proposal");
        }
        proposal.decide(ProposalState.WITHDRAWN, user.id(), null, clock.instant());
        proposals.saveAndFlush(proposal);
        activity.record(proposalEntry(ActivityKind.REBASELINE_WITHDRAWN, program, proposal)
                .change(ProposalState.PENDING.name(), ProposalState.WITHDRAWN.name()));
        return assembler.proposalView(program, proposal, user);
    }

    private RebaselineProposal decidable(ProgramDetails program, long proposalId, long expectedVersion) {
        var proposal = pendingProposal(program, proposalId, expectedVersion);
        if (!ScheduleRules.mayDecide(program, proposal, currentUser.require())) {
            throw new AccessDeniedException("Only the other side's lead decides a re-baseline");
        }
        return proposal;
    }

    private RebaselineProposal pendingProposal(ProgramDetails program, long proposalId, long expectedVersion) {
        var proposal = proposals.findByIdAndProgramId(proposalId, program.id())
                .orElseThrow(() -> new ResourceNotFoundException("Proposal", proposalId));
        if (proposal.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(assembler.proposalView(program, proposal, currentUser.require()));
        }
        if (proposal.getState() != ProposalState.PENDING) {
            throw new InvalidInputException("reason", "schedule.error.proposal-decided");
        }
        return proposal;
    }

    private static ActivityEntry proposalEntry(ActivityKind kind, ProgramDetails program, RebaselineProposal proposal) {
        return ActivityEntry.of(kind).organization(program.customer().id()).program(program.id())
                .subject("rebaseline", proposal.getId(), proposal.getReason());
    }
}
