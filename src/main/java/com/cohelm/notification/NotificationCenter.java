package com.cohelm.notification;

import com.cohelm.account.AccountDirectory;
import com.cohelm.base.mail.MailRequest;
import com.cohelm.base.mail.Mailer;
import com.cohelm.base.mail.PublicAddress;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.security.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes notifications, and the only place that does. Each recipient is checked again here, whatever the
 * caller checked before: never the person who acted; only while their account is active and they may see
 * the program; a supplier-only subject never reaches a customer. Then the mail goes at once if the
 * recipient asked for it, and their open screens hear of it, both after commit (the mail request is
 * recorded with the notification: decision 0034). What happens while the application starts (the demo
 * data's history) is not news: it is not mailed.
 */
@Component
class NotificationCenter {

    private final NotificationRepository notifications;
    private final NotificationSettingsRepository settings;
    private final AccountDirectory directory;
    private final ProgramAccessPolicy accessPolicy;
    private final Mailer mailer;
    private final PublicAddress publicAddress;
    private final NotificationBroadcaster broadcaster;
    private final Clock clock;
    /** Until the application is ready (demo data loads before), notifications are made but not mailed. */
    private volatile boolean ready;

    NotificationCenter(NotificationRepository notifications, NotificationSettingsRepository settings,
            AccountDirectory directory, ProgramAccessPolicy accessPolicy, Mailer mailer, PublicAddress publicAddress,
            NotificationBroadcaster broadcaster, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.directory = directory;
        this.accessPolicy = accessPolicy;
        this.mailer = mailer;
        this.publicAddress = publicAddress;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** Notifies those of {@code recipientIds} who may know of it; returns how many were notified. */
    @Transactional(propagation = Propagation.REQUIRED)
    public int notify(NotificationDraft draft, Collection<Long> recipientIds) {
        var notified = 0;
        for (var recipientId : new LinkedHashSet<>(recipientIds)) {
            if (recipientId.equals(draft.actorId())) {
                continue;
            }
            var user = directory.activeUser(recipientId);
            if (user.isEmpty() || !mayKnow(user.get(), draft)) {
                continue;
            }
            if (draft.dedupeKey() != null && notifications.existsByRecipientIdAndKindAndDedupeKey(recipientId,
                    draft.kind(), draft.dedupeKey())) {
                continue;
            }
            var notification = notifications.save(new Notification(recipientId, draft, clock.instant()));
            mailIfAsked(user.get(), notification.toView());
            afterCommit(() -> broadcaster.announce(recipientId, notification.getId()));
            notified++;
        }
        return notified;
    }

    /** First among the ready listeners: what the last run left unfinished is resubmitted after it (0034). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void ready() {
        ready = true;
    }

    private boolean mayKnow(CurrentUser user, NotificationDraft draft) {
        if (draft.supplierOnly() && !user.isSupplier()) {
            return false;
        }
        return accessPolicy.findFor(user, draft.programId()).isPresent();
    }

    private void mailIfAsked(CurrentUser user, NotificationView notification) {
        var chosen = settings.findById(user.id()).map(NotificationSettings::effective)
                .orElseGet(() -> NotificationSettings.effective(java.util.Map.of()));
        if (!ready || chosen.get(notification.kind()) != EmailDelivery.IMMEDIATELY) {
            return;
        }
        var texts = new NotificationTexts(user.locale());
        mailer.send(new MailRequest(user.email(), user.locale(), "mail.notification",
                publicAddress.url(notification.link()),
                List.of(texts.sentence(notification), notification.programName(), user.displayName())));
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
