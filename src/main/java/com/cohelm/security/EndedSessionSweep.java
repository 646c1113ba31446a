package com.cohelm.security;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every {@code cohelm.sessions.sweep-interval} (a second), ends this node's sessions whose person's sessions were
 * ended on another node (decision 0039). The request filter ends them at their next request; this reaches a page
 * left open that makes none and would otherwise go on receiving pushes until its next heartbeat, minutes later.
 * It runs on every node, on a thread of its own: never under a once-per-cluster lock, never behind a long job on
 * the shared scheduler. Zero switches it off (the tests call {@link #sweep} themselves: a sweep's reads in the
 * middle of a test would change the statement counts of the bounded-SQL tests).
 */
@Component
class EndedSessionSweep implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EndedSessionSweep.class);

    private final ActiveSessions sessions;
    private final SessionsValidAfter validAfter;
    private final Duration interval;
    private ScheduledExecutorService timer;

    EndedSessionSweep(ActiveSessions sessions, SessionsValidAfter validAfter,
            @Value("${cohelm.sessions.sweep-interval:1s}") Duration interval) {
        this.sessions = sessions;
        this.validAfter = validAfter;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (interval.isZero() || interval.isNegative() || timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("ended-session-sweep").factory());
        timer.scheduleWithFixedDelay(this::sweepQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Ends the sessions of this node ended elsewhere. Returns how many. */
    int sweep() {
        return sessions.endSignedInBefore(validAfter);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the database away for a moment: the next sweep tries again, and the request filter still checks
            log.warn("Sweeping ended sessions failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
