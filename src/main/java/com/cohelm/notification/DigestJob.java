package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.OrganizationSummary;
import com.cohelm.base.mail.Mailer;
import com.cohelm.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily and weekly digests (decisions 0019 and 0026). Each run (setting
 * {@code cohelm.notification.digest-cron}, every 15 minutes by default) looks at every active person: once
 * it is 07:00 or later in their time zone, their daily digest of that local day is due, and on Mondays their
 * weekly digest of that ISO week too; on a Monday the two go as one mail (see {@link #runFor}). A due digest
 * is first claimed, in a transaction of its own, by inserting (person, digest, period) under a unique key;
 * only the run whose insert succeeded composes and sends it.
 * A second run, a restart or a second node finds the claim and sends nothing: at most once, never twice.
 * A period missed entirely (the app was down all day) is not sent late.
 */
@Component
class DigestJob {

    static final LocalTime SEND_FROM = LocalTime.of(7, 0);

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final AccountDirectory directory;
    private final DigestSentRepository sent;
    private final DigestComposer composer;
    private final Mailer mailer;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    DigestJob(AccountDirectory directory, DigestSentRepository sent, DigestComposer composer, Mailer mailer,
            PlatformTransactionManager transactions, Clock clock) {
        this.directory = directory;
        this.sent = sent;
        this.composer = composer;
        this.mailer = mailer;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * On one node of a cluster at a time (decision 0037). A run reads each active person and composes the
     * digests due (their mails leave later, on the event registry's threads, so no mail server is waited
     * for here): seconds, a minute for thousands of people. At most 10 minutes, so that the lock of a node
     * that died mid-run never costs the next run 15 minutes later; at least 1 minute, longer than the
     * nodes' clocks differ when their crons fire, so that a fast run is not repeated by a node whose
     * clock is behind. A run past 10 minutes that meets the next one still sends nothing twice (the claim).
     */
    @Scheduled(cron = "${cohelm.notification.digest-cron:0 */15 * * * *}", zone = "UTC")
    @SchedulerLock(name = "notification-digests", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        var mails = run(clock.instant());
        if (mails > 0) {
            log.info("Sent {} digest(s)", mails);
        }
    }

    /** Sends every digest due at {@code now} that no run sent yet; returns how many mails this run sent. */
    int run(Instant now) {
        var organizations = new ArrayList<OrganizationSummary>();
        directory.supplier().ifPresent(organizations::add);
        organizations.addAll(directory.activeCustomers());
        var mails = 0;
        for (var organization : organizations) {
            for (var person : directory.enabledPeopleOf(organization.id())) {
                mails += runFor(person.id(), now);
            }
        }
        return mails;
    }

    /**
     * One person's due digests; returns how many mails this call sent. On a Monday from 07:00 both the daily
     * digest of that day and the weekly digest of that week are due: they are claimed together and go as
     * one mail, the weekly digest carrying what the daily one would have said (decision 0026).
     */
    int runFor(long personId, Instant now) {
        var user = directory.activeUser(personId);
        if (user.isEmpty()) {
            return 0;
        }
        var local = now.atZone(user.get().timeZone());
        if (local.toLocalTime().isBefore(SEND_FROM)) {
            return 0;
        }
        var due = new ArrayList<DigestPart>();
        for (var digest : Digest.values()) {
            var period = digest.periodKey(local.toLocalDate());
            if (digest.dueOn(local.toLocalDate())
                    && sent.countByUserIdAndDigestAndPeriodKey(user.get().id(), digest, period) == 0) {
                var since = sent.findFirstByUserIdAndDigestOrderByClaimedAtDesc(user.get().id(), digest)
                        .map(DigestSent::getClaimedAt).orElse(now.minus(digest.days(), ChronoUnit.DAYS));
                due.add(new DigestPart(digest, period, since));
            }
        }
        var claimed = claim(user.get(), due, now);
        if (claimed.isEmpty()) {
            return 0;
        }
        var mail = RunAs.call(user.get(), () -> composer.compose(user.get(), claimed));
        mail.ifPresent(mailer::send);
        return mail.isPresent() ? 1 : 0;
    }

    /**
     * The digests of {@code due} whose unique (person, digest, period) row this run inserted. All of them in
     * one transaction first, so that two runs at the same moment never split a Monday's pair into two mails
     * (the second run's insert waits for the first's and fails); if one of them was claimed already, each
     * of the others on its own.
     */
    private List<DigestPart> claim(CurrentUser user, List<DigestPart> due, Instant now) {
        if (due.isEmpty()) {
            return List.of();
        }
        if (insert(user, due, now)) {
            return due;
        }
        return due.size() == 1 ? List.of() : due.stream().filter(part -> insert(user, List.of(part), now)).toList();
    }

    /** True when the rows of every part were inserted and committed together; false when one existed. */
    private boolean insert(CurrentUser user, List<DigestPart> parts, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> parts.forEach(part -> sent.saveAndFlush(
                    new DigestSent(user.id(), part.digest(), part.period(), now))));
            return true;
        } catch (DataIntegrityViolationException alreadyClaimed) {
            return false;
        }
    }
}
