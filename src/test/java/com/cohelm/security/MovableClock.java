package com.cohelm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it on: for the waits of the sign-in throttle and session cutoffs. */
final class MovableClock extends Clock {

    private Instant now;

    /** Sunday 1 March 2026, 10:00 UTC. */
    MovableClock() {
        this(Instant.parse("2026-03-01T10:00:00Z"));
    }

    MovableClock(Instant now) {
        this.now = now;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
