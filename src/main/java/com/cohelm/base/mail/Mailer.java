package com.cohelm.base.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends translated multipart (text and HTML) mails through Spring Mail's SMTP settings, or keeps them
 * in the {@link DevMailbox} when none are configured. A mail request is an event of the event registry
 * (decision 0034), written in the caller's transaction: a change that was rolled back sends nothing, and
 * a committed one sends its mail even if the process dies before the mail server took it ({@link MailDelivery}
 * resubmitted at the next start). Delivery happens after the commit on a thread of its own: pages do not
 * wait for the mail server, and a password reset for a known email takes no longer to answer than one for
 * an unknown email.
 */
@Service
public class Mailer {

    private final boolean smtpConfigured;
    private final ApplicationEventPublisher events;

    Mailer(ObjectProvider<JavaMailSender> smtp, ApplicationEventPublisher events) {
        this.smtpConfigured = smtp.getIfAvailable() != null;
        this.events = events;
    }

    /** True when no SMTP server is configured and mails go to the dev mailbox. */
    public boolean usesDevMailbox() {
        return !smtpConfigured;
    }

    /**
     * Asks for the mail: in the caller's transaction, or in one of its own when there is none (a listener
     * of the registry is called only once a transaction committed).
     */
    @Transactional
    public void send(MailRequest request) {
        events.publishEvent(request);
    }
}
