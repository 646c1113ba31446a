package com.cohelm.health;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps every open program's health for the current week up to date: at start (so a restart, or a week
 * in which the server was down at the scheduled time, still gets its snapshot) and then on the schedule
 * of {@code cohelm.health.refresh-cron} (hourly by default). The week's row keeps the last computation of
 * the week, which becomes its snapshot. Weeks when the server was down for the whole week stay empty: the
 * past cannot be recomputed honestly from today's records (plans and goal statuses have moved since).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class WeeklyHealthJob {

    private static final Logger log = LoggerFactory.getLogger(WeeklyHealthJob.class);

    private final HealthSnapshots snapshots;

    WeeklyHealthJob(HealthSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The start's run takes the same lock as the hourly one (decision 0037): nodes started together, or a
     * node started while another runs the job, compute the week once between them.
     */
    @EventListener(ApplicationReadyEvent.class)
    @SchedulerLock(name = "health-weekly-snapshots", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void atStart() {
        run();
    }

    /**
     * On one node of a cluster at a time (decision 0037). A run computes every open program in batches and
     * upserts the week's rows in one transaction: seconds for a thousand programs. At most 30 minutes,
     * within the hourly schedule, so that a dead node's lock never costs the next run; at least 1 minute,
     * longer than the nodes' clocks differ. Two runs would only write the same week's rows again.
     */
    @Scheduled(cron = "${cohelm.health.refresh-cron:0 15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "health-weekly-snapshots", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** One computation, whatever the lock: the start's and the schedule's runs come through their locked entries. */
    void run() {
        try {
            var count = snapshots.refreshOpenPrograms();
            log.info("Relationship health: {} programs computed for this week", count);
        } catch (RuntimeException e) {
            // the next run tries again; a failed run must not stop the scheduler or the start
            log.error("Relationship health could not be computed", e);
        }
    }
}
