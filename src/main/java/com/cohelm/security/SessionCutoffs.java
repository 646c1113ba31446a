package com.cohelm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * This node's recent reads of people's sessions' cutoffs (decision 0039), so that checking every request of a
 * signed-in session costs at most one read by primary key per person and {@link #FRESH_FOR}, not one per request: a
 * page's clicks, Vaadin's round trips and heartbeats come in bursts, and one read serves the burst. Half a second
 * keeps the promise that a session ended on one node is refused on every other within a second, read time
 * included. A map with read times, not a cache library: none is on the classpath, and the expiry is all it needs.
 */
@Component
class SessionCutoffs {

    /** How long a cutoff read from the database is trusted on this node. */
    static final Duration FRESH_FOR = Duration.ofMillis(500);
    /** Past this many people, reads older than {@link #FRESH_FOR} are dropped before another is kept. */
    private static final int PRUNE_ABOVE = 10_000;

    private record Read(Instant validAfter, Instant readAt) {
    }

    private final Map<Long, Read> reads = new ConcurrentHashMap<>();
    private final SessionsValidAfter source;
    private final Clock clock;

    SessionCutoffs(SessionsValidAfter source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** Whether a session of this person, signed in at {@code signedInAt}, was ended since, on whichever node. */
    boolean ended(long userId, Instant signedInAt) {
        return signedInAt.isBefore(validAfter(userId));
    }

    /** The person's cutoff, as read less than {@link #FRESH_FOR} ago; the beginning of time when they have none. */
    Instant validAfter(long userId) {
        // Taken before reading, so a change committed while the database answers is read again in time.
        var now = clock.instant();
        var read = reads.get(userId);
        if (read == null || !fresh(read, now)) {
            read = new Read(source.of(List.of(userId)).getOrDefault(userId, Instant.MIN), now);
            if (reads.size() >= PRUNE_ABOVE) {
                reads.values().removeIf(old -> !fresh(old, now));
            }
            reads.put(userId, read);
        }
        return read.validAfter();
    }

    private static boolean fresh(Read read, Instant now) {
        return Duration.between(read.readAt(), now).compareTo(FRESH_FOR) < 0;
    }
}
