package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionAssigned;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.feedback.PulseOpened;
import com.cohelm.feedback.PulseRevealed;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.schedule.MilestoneSlipped;
import com.cohelm.schedule.RebaselineProposed;
import com.cohelm.schedule.SlipAnswered;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.util.HashSet;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other features' domain events into notifications, once their change committed (a rolled-back
 * change notifies nobody), in a transaction of their own, off the publisher's thread. Each event waits in
 * the event registry until its listener here succeeded: one that failed, or was cut short by a crash, is
 * handled again at the next start (decision 0034). {@link NotificationCenter} checks every recipient.
 */
@Component
class NotificationListeners {

    private final NotificationCenter center;
    private final ProgramDirectory programs;
    private final AccountDirectory directory;

    NotificationListeners(NotificationCenter center, ProgramDirectory programs, AccountDirectory directory) {
        this.center = center;
        this.programs = programs;
        this.directory = directory;
    }

    @ApplicationModuleListener
    public void onMention(PeopleMentioned event) {
        notify(NotificationKind.MENTIONED, event.programId(), event.subjectTitle(), event.authorId(), event.link(),
                event.supplierOnly(), event.recipients());
    }

    @ApplicationModuleListener
    public void onAssigned(ActionAssigned event) {
        notify(event.question() ? NotificationKind.QUESTION_WAITING : NotificationKind.ASSIGNED, event.programId(),
                event.title(), event.actorId(),
                "programs/" + event.programId() + "/actions?assignee=" + event.assigneeId(), false,
                Set.of(event.assigneeId()));
    }

    @ApplicationModuleListener
    public void onSlip(MilestoneSlipped event) {
        var link = "programs/" + event.programId() + "/schedule/" + event.milestoneId();
        // The other side's lead acknowledges or contests it: told so once, instead of "a milestone slipped".
        var answerer = programs.byId(event.programId()).flatMap(program -> directory.person(event.actorId())
                .map(actor -> actor.side() == Side.SUPPLIER ? program.customerLeadId() : program.supplierLeadId()));
        var owners = new HashSet<>(event.concernedOwnerIds());
        answerer.ifPresent(owners::remove);
        notify(NotificationKind.MILESTONE_SLIPPED, event.programId(), event.title(), event.actorId(), link, false,
                owners);
        answerer.ifPresent(lead -> notify(NotificationKind.SLIP_TO_ANSWER, event.programId(), event.title(),
                event.actorId(), link, false, Set.of(lead)));
    }

    /** Who reported the slip and who owns the milestone hear how the other side answered it. */
    @ApplicationModuleListener
    public void onSlipAnswered(SlipAnswered event) {
        notify(event.contested() ? NotificationKind.SLIP_CONTESTED : NotificationKind.SLIP_ACKNOWLEDGED,
                event.programId(), event.title(), event.actorId(),
                "programs/" + event.programId() + "/schedule/" + event.milestoneId(), false,
                event.concernedPeopleIds());
    }

    @ApplicationModuleListener
    public void onRebaseline(RebaselineProposed event) {
        notify(NotificationKind.REBASELINE_AWAITING, event.programId(), event.reason(), event.actorId(),
                "programs/" + event.programId() + "/schedule", false, Set.of(event.deciderId()));
    }

    @ApplicationModuleListener
    public void onPulse(PulseOpened event) {
        var recipients = new HashSet<>(programs.memberIds(event.programId()));
        programs.byId(event.programId()).ifPresent(p -> {
            recipients.add(p.supplierLeadId());
            recipients.add(p.customerLeadId());
        });
        // Viewers read a pulse's results but do not answer it.
        directory.people(recipients).values().stream().filter(p -> p.role() == Role.VIEWER)
                .forEach(p -> recipients.remove(p.id()));
        notify(NotificationKind.PULSE_OPEN, event.programId(), event.closesOn().toString(), event.actorId(),
                "programs/" + event.programId() + "/feedback", false, recipients);
    }

    /**
     * Everyone of the program on both sides, viewers included, may read a revealed pulse's results: the
     * results themselves leave out the supplier's internal answers for customers, so the news is not internal.
     */
    @ApplicationModuleListener
    public void onPulseRevealed(PulseRevealed event) {
        var program = programs.byId(event.programId());
        if (program.isEmpty()) {
            return;
        }
        var recipients = new HashSet<>(programs.memberIds(event.programId()));
        recipients.add(program.get().supplierLeadId());
        recipients.add(program.get().customerLeadId());
        notify(NotificationKind.PULSE_REVEALED, event.programId(), program.get().name(), event.actorId(),
                "programs/" + event.programId() + "/feedback", false, recipients, pulseKey(event.pulseId()));
    }

    /** Once per pulse and person, should its revealing be heard twice (both sides answered, then it closed). */
    static String pulseKey(long pulseId) {
        return "pulse-" + pulseId;
    }

    private void notify(NotificationKind kind, long programId, String subject, Long actorId, String link,
            boolean supplierOnly, Set<Long> recipients) {
        notify(kind, programId, subject, actorId, link, supplierOnly, recipients, null);
    }

    private void notify(NotificationKind kind, long programId, String subject, Long actorId, String link,
            boolean supplierOnly, Set<Long> recipients, String dedupeKey) {
        var program = programs.byId(programId);
        if (program.isEmpty()) {
            return;
        }
        var actorName = actorId == null ? null
                : directory.person(actorId).map(PersonSummary::displayName).orElse(null);
        center.notify(new NotificationDraft(kind, programId, program.get().name(), subject, actorId, actorName, link,
                supplierOnly, dedupeKey), recipients);
    }
}
