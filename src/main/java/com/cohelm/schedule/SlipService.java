package com.cohelm.schedule;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Slips of the shared schedule: recording one, and the thread in which the other side answers it. Every
 * method first passes {@link ProgramAccessPolicy} for a change (an invisible program answers as not found;
 * viewers change nothing), then applies the schedule's rules:
 * <ul>
 * <li>the side that owns a milestone records its slips, with a cause, an explanation and a recovery plan
 * (decision 0023; {@link ScheduleRules#mayChange});</li>
 * <li>the side that did not report a slip acknowledges or contests it;</li>
 * <li>either side replies, and settles a contested slip by writing down the compromise.</li>
 * </ul>
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class SlipService {

    private final MilestoneSlipRepository slips;
    private final SlipEntryRepository slipEntries;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramService programService;
    private final MilestoneService milestoneService;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ScheduleAssembler assembler;

    SlipService(MilestoneSlipRepository slips, SlipEntryRepository slipEntries, ProgramAccessPolicy accessPolicy,
            ProgramService programService, MilestoneService milestoneService, ActivityRecorder activity,
            CurrentUserService currentUser, Clock clock, ApplicationEventPublisher events,
            ScheduleAssembler assembler) {
        this.slips = slips;
        this.slipEntries = slipEntries;
        this.accessPolicy = accessPolicy;
        this.programService = programService;
        this.milestoneService = milestoneService;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.assembler = assembler;
    }

    /**
     * Records a slip: the planned date moves to {@code slip.plannedDate()} with its cause, explanation and
     * recovery plan; nothing else of the milestone changes. Refused at the date when the date is no slip
     * (on or before the baseline, or not later than today's plan): such a date is changed with an edit.
     */
    public MilestoneDetails recordSlip(long programId, long milestoneId, long expectedVersion,
            @Valid @NotNull SlipDraft slip) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.editable(program, milestoneId, expectedVersion);
        if (milestone.getDoneDate() != null) {
            throw new InvalidInputException("plannedDate", "schedule.error.slip-done");
        }
        if (!milestone.isSlip(slip.plannedDate())) {
            throw new InvalidInputException("plannedDate", "schedule.error.not-a-slip");
        }
        var draft = assembler.details(program, milestone).toDraft();
        var moved = new MilestoneDraft(draft.title(), draft.description(), draft.ownerSide(), draft.ownerId(),
                draft.baselineDate(), slip.plannedDate(), draft.dependsOn(), draft.goalIds(), slip.report());
        // an edit that moves the planned date: the milestone's own rules, its history and the notice of the slip
        return milestoneService.update(programId, milestoneId, expectedVersion, moved);
    }

    /** The other side accepts the slip as explained; a comment is welcome but not required. */
    public MilestoneDetails acknowledgeSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @Size(max = 2000) String comment) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        return respond(program, milestoneId, slipId, expectedVersion, SlipState.ACKNOWLEDGED,
                comment == null ? "" : comment.strip(), ActivityKind.SLIP_ACKNOWLEDGED);
    }

    /** The other side disputes the slip and says why; the thread then works towards a compromise. */
    public MilestoneDetails contestSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @NotBlank @Size(max = 2000) String comment) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        return respond(program, milestoneId, slipId, expectedVersion, SlipState.CONTESTED, comment.strip(),
                ActivityKind.SLIP_CONTESTED);
    }

    public MilestoneDetails replyToSlip(long programId, long milestoneId, long slipId,
            @NotBlank @Size(max = 2000) String body) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.milestone(programId, milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = currentUser.require();
        slipEntries.save(new SlipEntry(slip.getId(), SlipEntryKind.REPLY, body.strip(), user.id(), user.side(),
                clock.instant()));
        activity.record(ScheduleRules.entry(ActivityKind.SLIP_REPLIED, program, milestone).change(null, body.strip()));
        return assembler.details(program, milestone);
    }

    /** Either side writes down the compromise that settles a contested slip. */
    public MilestoneDetails settleSlip(long programId, long milestoneId, long slipId, long expectedVersion,
            @NotBlank @Size(max = 2000) String compromise) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var milestone = assembler.milestone(programId, milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = currentUser.require();
        if (slip.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(assembler.details(program, milestone));
        }
        if (slip.getState() != SlipState.CONTESTED) {
            throw new InvalidInputException("compromise", "schedule.error.settle-only-contested");
        }
        slip.settle(compromise.strip());
        slips.saveAndFlush(slip);
        slipEntries.save(new SlipEntry(slip.getId(), SlipEntryKind.COMPROMISE, compromise.strip(), user.id(),
                user.side(), clock.instant()));
        activity.record(ScheduleRules.entry(ActivityKind.SLIP_RESOLVED, program, milestone)
                .change(null, compromise.strip()));
        return assembler.details(program, milestone);
    }

    private MilestoneDetails respond(ProgramDetails program, long milestoneId, long slipId, long expectedVersion,
            SlipState outcome, String comment, ActivityKind kind) {
        var milestone = assembler.milestone(program.id(), milestoneId);
        var slip = slip(milestoneId, slipId);
        var user = currentUser.require();
        if (user.side() != slip.respondingSide()) {
            throw new AccessDeniedException("The side that reported a slip does not answer it");
        }
        if (slip.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(assembler.details(program, milestone));
        }
        if (slip.getState() != SlipState.OPEN) {
            throw new InvalidInputException("comment", "schedule.error.slip-already-answered");
        }
        slip.respond(outcome);
        slips.saveAndFlush(slip);
        slipEntries.save(new SlipEntry(slip.getId(), outcome == SlipState.ACKNOWLEDGED ? SlipEntryKind.ACKNOWLEDGED
                : SlipEntryKind.CONTESTED, comment, user.id(), user.side(), clock.instant()));
        activity.record(ScheduleRules.entry(kind, program, milestone).change(SlipState.OPEN.name(), outcome.name()
                + (comment.isEmpty() ? "" : ": " + comment)));
        events.publishEvent(new SlipAnswered(program.id(), milestoneId, slipId, milestone.getTitle(),
                outcome == SlipState.CONTESTED, user.id(), Set.copyOf(List.of(slip.getReportedBy(), milestone.getOwnerId()))));
        return assembler.details(program, milestone);
    }

    private MilestoneSlip slip(long milestoneId, long slipId) {
        return slips.findByIdAndMilestoneId(slipId, milestoneId)
                .orElseThrow(() -> new ResourceNotFoundException("Slip", slipId));
    }
}
