package com.cohelm.activity;

/**
 * What happened. Each feature adds the kinds of change it records.
 */
public enum ActivityKind {
    SIGNED_IN,
    SIGN_IN_FAILED,
    PREFERENCES_CHANGED,
    ORGANIZATION_CREATED,
    USER_CREATED,
    PROGRAM_CREATED,
    PROGRAM_UPDATED,
    PROGRAM_MEMBER_ADDED,
    PROGRAM_MEMBER_REMOVED,
    GOAL_CREATED,
    GOAL_UPDATED,
    GOAL_MEASURED,
    GOAL_STATUS_CONFIRMED,
    /** Supplier-internal: recorded as such, never shown to customers. */
    GOAL_NOTE_ADDED,
    ACTION_CREATED,
    ACTION_UPDATED,
    ACTION_STATUS_CHANGED,
    ACTION_REASSIGNED,
    QUESTION_ASKED,
    QUESTION_ANSWERED
}
