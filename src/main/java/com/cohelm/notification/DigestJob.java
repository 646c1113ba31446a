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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the daily and weekly digests (decision 0019). Each run (setting
 * {@code cohelm.notification.digest-cron}, every 15 minutes by default) looks at every active person: once
 * it is 07:00 or later in their time zone, their daily digest of that local day is due, and on Mondays their
 * weekly digest of that ISO week. A due digest is first claimed, in a transaction of its own, by inserting
 * (person, digest, period) under a unique key; only the run whose insert succeeded composes and sends it.
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

    @Scheduled(cron = "${cohelm.notification.digest-cron:0 */15 * * * *}", zone = "UTC")
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

    /** One person's due digests; returns how many mails this call sent. */
    int runFor(long personId, Instant now) {
        var user = directory.activeUser(personId);
        if (user.isEmpty()) {
            return 0;
        }
        var local = now.atZone(user.get().timeZone());
        if (local.toLocalTime().isBefore(SEND_FROM)) {
            return 0;
        }
        var mails = 0;
        for (var digest : Digest.values()) {
            if (digest.dueOn(local.toLocalDate()) && send(user.get(), digest, digest.periodKey(local.toLocalDate()), now)) {
                mails++;
            }
        }
        return mails;
    }

    private boolean send(CurrentUser user, Digest digest, String period, Instant now) {
        if (sent.countByUserIdAndDigestAndPeriodKey(user.id(), digest, period) > 0) {
            return false;
        }
        var since = sent.findFirstByUserIdAndDigestOrderByClaimedAtDesc(user.id(), digest)
                .map(DigestSent::getClaimedAt).orElse(now.minus(digest.days(), ChronoUnit.DAYS));
        if (!claim(user, digest, period, now)) {
            return false;
        }
        var mail = RunAs.call(user, () -> composer.compose(user, digest, since));
        mail.ifPresent(mailer::send);
        return mail.isPresent();
    }

    /** True for the one run whose insert of the unique (person, digest, period) row committed. */
    private boolean claim(CurrentUser user, Digest digest, String period, Instant now) {
        try {
            ownTransaction.executeWithoutResult(status -> sent.saveAndFlush(new DigestSent(user.id(), digest, period, now)));
            return true;
        } catch (DataIntegrityViolationException alreadyClaimed) {
            return false;
        }
    }
}
