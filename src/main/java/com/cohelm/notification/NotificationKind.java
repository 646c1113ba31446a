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
    REVIEW_TOMORROW(EmailDelivery.DAILY);

    private final EmailDelivery defaultDelivery;

    NotificationKind(EmailDelivery defaultDelivery) {
        this.defaultDelivery = defaultDelivery;
    }

    /** Someone named me or asked me something: worth a mail at once. The rest waits for the daily digest. */
    public EmailDelivery defaultDelivery() {
        return defaultDelivery;
    }
}
