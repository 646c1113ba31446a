package com.cohelm.action;

/**
 * Published inside the transaction that gives an action item or a question to someone (on creation or by
 * reassignment); listeners act after commit.
 *
 * @param actorId who assigned it; never notified of their own doing
 */
public record ActionAssigned(long programId, long itemId, String title, boolean question, long assigneeId,
        long actorId) {
}
