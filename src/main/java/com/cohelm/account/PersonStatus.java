package com.cohelm.account;

/** Where a person's account stands. */
public enum PersonStatus {
    /** Signed up: has a password and may sign in. */
    ACTIVE,
    /** Invited and not yet accepted: no password yet. */
    INVITED,
    /**
     * Invited by a customer admin with an email that already has an account in another organization: never
     * mailed, never signs in. Only supplier admins see this status; the inviter sees INVITED (decision 0031).
     */
    HELD,
    /** May not sign in; kept so that everything they did keeps its author. */
    DISABLED
}
