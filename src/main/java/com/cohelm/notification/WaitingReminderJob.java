package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.action.DueActions;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.review.UpcomingReviews;
import com.cohelm.security.Side;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells people when something starts waiting on them with no one acting at that moment (decision 0026): an
 * action item of theirs is overdue once its due date is past in their own time zone, and a review is over
 * while their side has not signed its minutes (told to that side's lead). Each exactly once, by the
 * notification's unique (recipient, kind, dedupe key), also on several nodes; an item whose due date moves
 * and passes again is news again. Runs on {@code cohelm.notification.waiting-cron}, every 15 minutes by
 * default, and looks back {@link #CATCH_UP} so that a restart or a day down loses nothing recent, while
 * what waits since long before (and was never told) stays in the digest and on the home page.
 */
@Component
class WaitingReminderJob {

    static final Duration CATCH_UP = Duration.ofDays(7);

    private final DueActions dueActions;
    private final UpcomingReviews reviews;
    private final AccountDirectory directory;
    private final ProgramDirectory programs;
    private final NotificationCenter center;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    WaitingReminderJob(DueActions dueActions, UpcomingReviews reviews, AccountDirectory directory,
            ProgramDirectory programs, NotificationCenter center, PlatformTransactionManager transactions,
            Clock clock) {
        this.dueActions = dueActions;
        this.reviews = reviews;
        this.directory = directory;
        this.programs = programs;
        this.center = center;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * On one node of a cluster at a time (decision 0037). A run reads the action items due in the last week
     * and the reviews ended in it, and writes a notification per person told: about a second. At most 10
     * minutes, below the 15-minute schedule, so that a dead node's lock never costs the next run; at least
     * 1 minute, longer than the nodes' clocks differ. The unique (recipient, kind, key) still holds on overrun.
     */
    @Scheduled(cron = "${cohelm.notification.waiting-cron:0 */15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "notification-waiting-reminders", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run(clock.instant());
    }

    /** Returns how many people were told in this run. */
    int run(Instant now) {
        return overdueActions(now) + signOffs(now);
    }

    /** Overdue means the due date is before the assignee's own today: no zone is more than a day off UTC. */
    int overdueActions(Instant now) {
        var utcToday = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var due = dueActions.openDueBetween(utcToday.minusDays(CATCH_UP.toDays()), utcToday);
        if (due.isEmpty()) {
            return 0;
        }
        var zones = directory.timeZones(due.stream().map(DueActions.DueAction::assigneeId).toList());
        var told = 0;
        for (var item : due) {
            var zone = zones.get(item.assigneeId());
            if (zone == null || !item.dueDate().isBefore(now.atZone(zone).toLocalDate())) {
                continue;
            }
            told += once(() -> programs.byId(item.programId()).map(program -> center.notify(new NotificationDraft(
                    NotificationKind.ACTION_OVERDUE, item.programId(), program.name(), item.title(), null, null,
                    "programs/" + item.programId() + "/actions?item=" + item.itemId(), false,
                    overdueKey(item.itemId(), item.dueDate())), Set.of(item.assigneeId()))).orElse(0));
        }
        return told;
    }

    /** A review whose planned end has passed: each side's lead whose side has not signed, once per review. */
    int signOffs(Instant now) {
        var told = 0;
        for (var review : reviews.endedBetween(now.minus(CATCH_UP), now)) {
            var program = programs.byId(review.programId());
            if (program.isEmpty()) {
                continue;
            }
            for (var side : review.unsignedSides()) {
                var lead = side == Side.SUPPLIER ? program.get().supplierLeadId() : program.get().customerLeadId();
                told += once(() -> center.notify(new NotificationDraft(NotificationKind.SIGN_OFF_DUE,
                        review.programId(), program.get().name(), review.title(), null, null,
                        "reviews/" + review.reviewId(), false, signOffKey(review.reviewId())), Set.of(lead)));
            }
        }
        return told;
    }

    static String overdueKey(long itemId, LocalDate dueDate) {
        return "action-" + itemId + "-due-" + dueDate;
    }

    static String signOffKey(long reviewId) {
        return "review-" + reviewId;
    }

    /** In a transaction of its own, so that a duplicate made meanwhile by another node spoils nothing else. */
    private int once(Supplier<Integer> notify) {
        try {
            var told = ownTransaction.execute(status -> notify.get());
            return told == null ? 0 : told;
        } catch (DataIntegrityViolationException toldByAnotherNode) {
            return 0;
        }
    }
}
