package com.cohelm.base.events;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the event registry small (decision 0034): a completed publication stays a week, so that "was the
 * mail sent?" can still be answered, then it is deleted. Completion mode {@code update} (Modulith's default)
 * marks it completed in place; {@code delete} would leave no trace at all and {@code archive} a second table
 * that grows without end.
 */
@Component
@EnableScheduling
class CompletedEventsCleanup {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventsCleanup(CompletedEventPublications completed,
            @Value("${cohelm.events.keep-completed:7d}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    /**
     * One bulk delete on the completion date's index; the registry runs it without a transaction of its own.
     * On one node of a cluster at a time (decision 0037), the lock taken before the transaction starts: a
     * day's completed events go in seconds. At most 30 minutes (a delete that long has a problem another run
     * would not solve); at least 1 minute, longer than the nodes' clocks differ. Two runs would only find
     * nothing left to delete.
     */
    @Scheduled(cron = "${cohelm.events.cleanup-cron:0 40 3 * * *}", zone = "UTC")
    @SchedulerLock(name = "events-completed-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    @Transactional
    public void deleteOldCompleted() {
        completed.deletePublicationsOlderThan(keep);
    }
}
