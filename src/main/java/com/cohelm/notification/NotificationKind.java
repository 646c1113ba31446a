package com.cohelm.notification;

/**
 * What a notification is about. Each kind has its own email setting; new kinds are appended at the end.
 */
public enum NotificationKind {
    MENTIONED(EmailDelivery.IMMEDIATELY),
    ASSIGNED(EmailDelivery.DAILY),
    QUESTION_WAITING(EmailDelivery.IMMEDIATELY),
    MILESTONE_SLIPPED(EmailDelivery.DAILY),
    REBASELINE_AWAITING(EmailDelivery.DAILY),
    PULSE_OPEN(EmailDelivery.DAILY),
    REVIEW_TOMORROW(EmailDelivery.DAILY),
    // What waits on me, so that every "waiting on you" line of the digest also reaches the bell (decision 0026).
    /** A slip the other side reported, which I acknowledge or contest as my side's lead. */
    SLIP_TO_ANSWER(EmailDelivery.DAILY),
    /** An action item of mine passed its due date. */
    ACTION_OVERDUE(EmailDelivery.DAILY),
    /** A review is over and its minutes wait for my side's sign-off, which I give as its lead. */
    SIGN_OFF_DUE(EmailDelivery.DAILY),
    // What the other side did about something of mine.
    /** The other side disputes a slip I reported or whose milestone I own: the talk starts now. */
    SLIP_CONTESTED(EmailDelivery.IMMEDIATELY),
    SLIP_ACKNOWLEDGED(EmailDelivery.DAILY),
    /** Both sides may now read a pulse's results. */
    PULSE_REVEALED(EmailDelivery.DAILY);

    private final EmailDelivery defaultDelivery;

    NotificationKind(EmailDelivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    /**
     * Someone named me, asked me something or contested my slip: worth a mail at once. The rest waits for the
     * daily digest.
     */
    public EmailDelivery defaultDelivery() {
        return defaultDelivery;
    }
}
