package com.cohelm.action;

import com.cohelm.account.PersonSummary;
import com.cohelm.security.Side;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An action item as both sides read it.
 *
 * @param programName the program's name where items of several programs are listed; null on a program's own plan
 * @param askedBy    who created it; for a question, who asked it (on the other side of the assignee)
 * @param answeredBy who answered a question, or null
 * @param ageDays    days since it was created, until today or until it was closed
 * @param overdue    still open after its due date
 * @param mayChange  the reader may edit it, change its status and reassign it (not viewers)
 * @param mayAnswer  the reader may answer it: an open question addressed to the reader's side
 */
public record ActionItemView(
        long id,
        long programId,
        String programName,
        String title,
        String details,
        PersonSummary assignee,
        LocalDate dueDate,
        ActionStatus status,
        String blockedOn,
        ActionOrigin origin,
        Long originId,
        boolean question,
        PersonSummary askedBy,
        String answer,
        PersonSummary answeredBy,
        Instant answeredAt,
        Instant createdAt,
        Instant closedAt,
        long version,
        long ageDays,
        boolean overdue,
        boolean mayChange,
        boolean mayAnswer) {

    /** The side that must act: the assignee's. */
    public Side waitingOn() {
        return assignee.side();
    }

    public ActionRef ref() {
        return new ActionRef(id, version);
    }

    /** The draft an edit form starts from. */
    public ActionDraft toDraft() {
        return new ActionDraft(title, details, assignee.id(), dueDate, status, blockedOn, question, origin, originId);
    }
}
