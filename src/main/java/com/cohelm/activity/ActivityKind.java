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
    MILESTONE_CREATED,
    MILESTONE_UPDATED,
    MILESTONE_SLIPPED,
    MILESTONE_DONE,
    MILESTONE_REOPENED,
    SLIP_ACKNOWLEDGED,
    SLIP_CONTESTED,
    SLIP_REPLIED,
    SLIP_RESOLVED,
    REBASELINE_PROPOSED,
    REBASELINE_ACCEPTED,
    REBASELINE_DECLINED,
    REBASELINE_WITHDRAWN,
    CALENDAR_FEED_CREATED,
    CALENDAR_FEED_REVOKED,
    ACTION_CREATED,
    ACTION_UPDATED,
    ACTION_STATUS_CHANGED,
    ACTION_REASSIGNED,
    QUESTION_ASKED,
    QUESTION_ANSWERED,
    /**
     * Someone asked for a page or a service call with an id they may not see, or for a page their role
     * does not open. Records the attempted address or target id, never what is behind it.
     */
    ACCESS_DENIED
}
