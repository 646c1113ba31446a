package com.cohelm.notification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing a side waits for, in the "waiting on you" digest and on the home page.
 *
 * @param due   the due date of an action item or question, or null for a decision
 * @param since when it started waiting: the question asked, the item's due date passed (in the reader's time
 *              zone), the slip reported, the re-baseline proposed, the review begun
 * @param link  the app-relative address that opens it
 */
public record WaitingItem(Kind kind, long programId, String programName, String title, LocalDate due,
        Instant since, String link) {

    public enum Kind {
        OVERDUE_ACTION,
        QUESTION,
        REBASELINE,
        SLIP,
        SIGN_OFF
    }
}
