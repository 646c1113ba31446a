package com.cohelm.base.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tries again, while the application runs, what a listener of another module failed to do (decision 0034): a
 * mail server that was down for an hour, a database that refused a write for a moment. Without it a failed
 * publication waits for the next start, which on a node that runs for weeks is never.
 *
 * <p>Each failed publication waits longer after each attempt (the first retry after {@code first-delay}, then
 * twice as long each time, never more than {@code max-delay}), so that a listener that fails for good costs a
 * few attempts a day rather than one a minute; after {@code max-attempts} it stays failed, logged, for an
 * operator (who can resubmit it by restarting). The wait counts from the last attempt, read from the
 * registry, so that it holds across restarts and nodes. Only a listener that failed is called again, and its
 * transaction rolled back with it: a notification it made is not there twice.
 */
@Component
class FailedEventsRetry {

    private static final Logger log = LoggerFactory.getLogger(FailedEventsRetry.class);

    private final FailedEventPublications failed;
    private final Clock clock;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final int maxAttempts;

    FailedEventsRetry(FailedEventPublications failed, Clock clock,
            @Value("${cohelm.events.retry.first-delay:5m}") Duration firstDelay,
            @Value("${cohelm.events.retry.max-delay:6h}") Duration maxDelay,
            @Value("${cohelm.events.retry.max-attempts:10}") int maxAttempts) {
        this.failed = failed;
        this.clock = clock;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.maxAttempts = maxAttempts;
    }

    /** Every minute: resubmits the failed publications whose wait is over, a hundred at a time. */
    @Scheduled(cron = "${cohelm.events.retry-cron:30 * * * * *}", zone = "UTC")
    // One node per minute (decision 0037): the registry's claim already keeps two nodes from handing out the same
    // publication, the lock keeps them from reading the same failed rows. Held 20 s at least (clocks that differ),
    // 5 minutes at most: a resubmission only hands publications to the listener threads.
    @SchedulerLock(name = "events-failed-retry", lockAtMostFor = "PT5M", lockAtLeastFor = "PT20S")
    public void retryDue() {
        var now = clock.instant();
        failed.resubmit(ResubmissionOptions.defaults().withBatchSize(100).withFilter(publication -> {
            var due = isDue(publication, now);
            if (due) {
                log.info("Retrying event publication {} ({}), attempt {} of {}", publication.getIdentifier(),
                        publication.getEvent().getClass().getSimpleName(), publication.getCompletionAttempts() + 1,
                        maxAttempts);
            } else if (publication.getCompletionAttempts() == maxAttempts) {
                log.warn("Event publication {} ({}) failed {} times and is no longer retried",
                        publication.getIdentifier(), publication.getEvent().getClass().getSimpleName(),
                        maxAttempts);
            }
            return due;
        }));
    }

    /**
     * Whether a failed publication's wait is over: {@code first-delay} after its first attempt, doubled after
     * each further one up to {@code max-delay}, and never after {@code max-attempts}.
     */
    boolean isDue(EventPublication publication, Instant now) {
        if (publication.getStatus() != EventPublication.Status.FAILED) {
            return false;
        }
        int attempts = Math.max(1, publication.getCompletionAttempts());
        if (attempts >= maxAttempts) {
            return false;
        }
        var lastAttempt = publication.getLastResubmissionDate() != null
                ? publication.getLastResubmissionDate() : publication.getPublicationDate();
        return !now.isBefore(lastAttempt.plus(waitAfter(attempts)));
    }

    /** The wait after the {@code attempts}-th failed attempt: first-delay, then doubled, at most max-delay. */
    Duration waitAfter(int attempts) {
        var wait = firstDelay;
        for (int i = 1; i < attempts && wait.compareTo(maxDelay) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
