package com.cohelm.schedule;

import java.time.Instant;

/**
 * The reader's calendar feed for a program. The secret address is known only right after it is created:
 * afterwards only a hash is kept, so a lost address is replaced, not looked up.
 *
 * @param address the feed's path with its secret token, present only in the answer that created it
 */
public record CalendarSubscription(boolean active, Instant createdAt, Instant lastUsedAt, String address) {

    public static CalendarSubscription none() {
        return new CalendarSubscription(false, null, null, null);
    }
}
