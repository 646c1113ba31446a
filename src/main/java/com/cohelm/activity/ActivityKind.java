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
    FEEDBACK_GIVEN,
    FEEDBACK_EDITED,
    FEEDBACK_RESPONDED,
    FEEDBACK_ACTION_PLANNED,
    /** Outside any program: who wrote an item shown as "a member of" an organization, for the audit log only. */
    FEEDBACK_AUTHOR_RECORDED,
    PULSE_OPENED,
    PULSE_ANSWERED,
    PULSE_REVEALED,
    PULSE_CLOSED,
    PULSE_CADENCE_CHANGED,
    SIGN_IN_THROTTLED,
    ORGANIZATION_UPDATED,
    ORGANIZATION_ARCHIVED,
    ORGANIZATION_RESTORED,
    ORGANIZATION_LOGO_CHANGED,
    INVITATION_SENT,
    INVITATION_RESENT,
    INVITATION_ACCEPTED,
    /**
     * A customer admin invited an email that has an account in another organization: the invitation is kept
     * but never sent, and supplier admins resolve it (decision 0031). The inviter is told it was sent.
     */
    INVITATION_HELD,
    ROLE_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PROFILE_UPDATED,
    SIGNED_OUT_EVERYWHERE,
    REVIEW_SCHEDULED,
    REVIEW_UPDATED,
    REVIEW_AGENDA_CHANGED,
    REVIEW_NOTE_ADDED,
    REVIEW_DECISION_RECORDED,
    REVIEW_ACTION_ADDED,
    REVIEW_SIGNED_OFF,
    REVIEW_SIGN_OFF_WITHDRAWN,
    REVIEW_CLOSED,
    REVIEW_AMENDED,
    /**
     * Someone asked for a page or a service call with an id they may not see, or for a page their role
     * does not open. Records the attempted address or target id, never what is behind it.
     */
    ACCESS_DENIED,
    /** Supplier-internal when the thread is (decision 0018); the subject is the commented thing. */
    COMMENT_POSTED,
    COMMENT_EDITED,
    COMMENT_DELETED
}
