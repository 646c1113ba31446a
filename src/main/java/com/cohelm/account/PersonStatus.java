package com.cohelm.account;

/** Where a person's account stands. */
public enum PersonStatus {
    /** Signed up: has a password and may sign in. */
    ACTIVE,
    /** Invited and not yet accepted: no password yet. */
    INVITED,
    /** May not sign in; kept so that everything they did keeps its author. */
    DISABLED
}
