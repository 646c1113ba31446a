package com.cohelm.conversation;

import java.util.Set;

/**
 * Published as a Spring application event, inside the commenting transaction, when a comment names
 * people with @mentions. The conversation service puts into {@code recipients} only people it checked
 * may see the commented thing (never the author); listeners still re-check before they notify, and act
 * after commit so that a rolled-back comment notifies nobody.
 *
 * @param subjectTitle the commented thing's title as its readers see it
 * @param link the app-relative address that opens the thread, e.g. {@code programs/1/goals/5?comment=12}
 * @param supplierOnly true when the thread is supplier-internal: no customer may ever be notified
 */
public record PeopleMentioned(long commentId, long programId, long authorId, Set<Long> recipients,
        String subjectTitle, String link, boolean supplierOnly) {

    public PeopleMentioned {
        recipients = Set.copyOf(recipients);
    }
}
