package com.cohelm.base.events;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the listeners of other modules are done with the events published so far (decision 0034): they
 * run after their publisher's commit, on threads of their own. The demo data waits for them, so that what
 * its history caused is in place, and not mailed, before the application is ready; tests wait for them
 * before they read what a listener makes.
 */
@Component
public class PendingEvents {

    private static final Duration POLL = Duration.ofMillis(25);

    private final JdbcClient jdbc;

    PendingEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * How many publications a listener has still to handle: stored, being handled or resubmitted. One that
     * failed waits for the next start and is not counted.
     */
    public long count() {
        return jdbc.sql("""
                select count(*) from event_publication
                 where completion_date is null and (status is null or status <> 'FAILED')""")
                .query(Long.class).single();
    }

    /** Waits until no publication is pending, at most {@code timeout}; false when some still are. */
    public boolean awaitHandled(Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (count() > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
