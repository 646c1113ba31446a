package com.cohelm.notification;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The two digests: each person's daily one at 07:00 their time, and the weekly one on Monday at 07:00. */
public enum Digest {
    DAILY(EmailDelivery.DAILY, 1),
    WEEKLY(EmailDelivery.WEEKLY, 7);

    private final EmailDelivery delivery;
    private final int days;

    Digest(EmailDelivery delivery, int days) {
        this.delivery = delivery;
        this.days = days;
    }

    EmailDelivery delivery() {
        return delivery;
    }

    int days() {
        return days;
    }

    /** Whether this digest is due on a local day: daily every day, weekly on Mondays. */
    boolean dueOn(LocalDate day) {
        return this == DAILY || day.getDayOfWeek() == DayOfWeek.MONDAY;
    }

    /** The period a digest sent on a local day belongs to: the day, or its ISO week. */
    String periodKey(LocalDate day) {
        return this == DAILY ? day.toString()
                : day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
