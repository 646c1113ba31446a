package com.cohelm.notification;

import com.cohelm.review.UpcomingReviews;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each attendee of a review that starts within the next 24 hours, once per review and person (the
 * notification's unique key holds on several nodes too). Runs on {@code cohelm.notification.reminder-cron},
 * every 15 minutes by default.
 */
@Component
class ReviewReminderJob {

    static final Duration AHEAD = Duration.ofHours(24);

    private final UpcomingReviews upcoming;
    private final NotificationCenter center;
    private final com.cohelm.program.ProgramDirectory programs;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    ReviewReminderJob(UpcomingReviews upcoming, NotificationCenter center, com.cohelm.program.ProgramDirectory programs,
            PlatformTransactionManager transactions, Clock clock) {
        this.upcoming = upcoming;
        this.center = center;
        this.programs = programs;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * On one node of a cluster at a time (decision 0037). A run reads the reviews of the next 24 hours and
     * writes a notification per attendee: well under a second. At most 10 minutes, below the 15-minute
     * schedule, so that a dead node's lock never costs the next run; at least 1 minute, longer than the
     * nodes' clocks differ. The notification's unique key still keeps an overrun to one per person.
     */
    @Scheduled(cron = "${cohelm.notification.reminder-cron:0 */15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "notification-review-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run(clock.instant());
    }

    /** Returns how many people were reminded in this run. */
    int run(Instant now) {
        var reminded = 0;
        for (var review : upcoming.startingBetween(now, now.plus(AHEAD))) {
            var program = programs.byId(review.programId());
            if (program.isEmpty()) {
                continue;
            }
            var draft = new NotificationDraft(NotificationKind.REVIEW_TOMORROW, review.programId(),
                    program.get().name(), review.title(), null, null, "reviews/" + review.reviewId(), false,
                    "review-" + review.reviewId());
            for (var attendee : review.attendeeIds()) {
                try {
                    reminded += ownTransaction.execute(status -> center.notify(draft, java.util.Set.of(attendee)));
                } catch (DataIntegrityViolationException remindedByAnotherNode) {
                    // The unique key kept it to one notification.
                }
            }
        }
        return reminded;
    }
}
