package com.cohelm.security;

import java.time.Instant;
import java.util.Optional;

/**
 * Where {@link SignInThrottle} keeps its counts of consecutive failures: this JVM's memory on a single node
 * ({@link InMemoryFailureCounts}), Redis in a cluster ({@link RedisFailureCounts}), so that N nodes do not give
 * an attacker N times the guesses (decision 0038). The throttle decides the waits; this only counts.
 */
interface FailureCounts {

    /** What a count is kept for. */
    enum Kind {
        ACCOUNT,
        ADDRESS,
        DEVICE
    }

    /** {@code count} consecutive failures, the last at {@code lastAt}. */
    record Failures(int count, Instant lastAt) {

        /** Failures are forgotten after {@link SignInThrottlePolicy#MEMORY} without another one. */
        boolean expired(Instant now) {
            return lastAt.plus(SignInThrottlePolicy.MEMORY).isBefore(now);
        }
    }

    /** The failures counted for the key, forgotten or not (the throttle checks). */
    Optional<Failures> get(Kind kind, String key);

    /** Counts one more failure at {@code now}: the first again if the others are forgotten. */
    Failures add(Kind kind, String key, Instant now);

    /** Forgets the key's failures. */
    void clear(Kind kind, String key);
}
