package com.cohelm.notification;

import java.time.LocalDate;

/**
 * One thing a side waits for, in the "waiting on you" digest.
 *
 * @param due  the due date of an action item or question, or null for a decision
 * @param link the app-relative address that opens it
 */
public record WaitingItem(Kind kind, long programId, String programName, String title, LocalDate due, String link) {

    public enum Kind {
        OVERDUE_ACTION,
        QUESTION,
        REBASELINE,
        SLIP,
        SIGN_OFF
    }
}
