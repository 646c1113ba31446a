package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionAssigned;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.feedback.PulseOpened;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.schedule.MilestoneSlipped;
import com.cohelm.schedule.RebaselineProposed;
import com.cohelm.security.Role;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns the other features' domain events into notifications, once their change committed (a rolled-back
 * change notifies nobody), in a transaction of their own. {@link NotificationCenter} checks every recipient.
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

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onMention(PeopleMentioned event) {
        notify(NotificationKind.MENTIONED, event.programId(), event.subjectTitle(), event.authorId(), event.link(),
                event.supplierOnly(), event.recipients());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onAssigned(ActionAssigned event) {
        notify(event.question() ? NotificationKind.QUESTION_WAITING : NotificationKind.ASSIGNED, event.programId(),
                event.title(), event.actorId(),
                "programs/" + event.programId() + "/actions?assignee=" + event.assigneeId(), false,
                Set.of(event.assigneeId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSlip(MilestoneSlipped event) {
        notify(NotificationKind.MILESTONE_SLIPPED, event.programId(), event.title(), event.actorId(),
                "programs/" + event.programId() + "/schedule/" + event.milestoneId(), false,
                event.concernedOwnerIds());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onRebaseline(RebaselineProposed event) {
        notify(NotificationKind.REBASELINE_AWAITING, event.programId(), event.reason(), event.actorId(),
                "programs/" + event.programId() + "/schedule", false, Set.of(event.deciderId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
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

    private void notify(NotificationKind kind, long programId, String subject, Long actorId, String link,
            boolean supplierOnly, Set<Long> recipients) {
        var program = programs.byId(programId);
        if (program.isEmpty()) {
            return;
        }
        var actorName = actorId == null ? null
                : directory.person(actorId).map(PersonSummary::displayName).orElse(null);
        center.notify(new NotificationDraft(kind, programId, program.get().name(), subject, actorId, actorName, link,
                supplierOnly, null), recipients);
    }
}
