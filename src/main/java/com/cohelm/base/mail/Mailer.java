package com.cohelm.base.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends translated multipart (text and HTML) mails through Spring Mail's SMTP settings, or keeps them
 * in the {@link DevMailbox} when none are configured. A mail asked for inside a transaction leaves only
 * once it committed: a change that was rolled back sends nothing. SMTP delivery happens on a thread of
 * its own: pages do not wait for the mail server, and a password reset for a known email takes no
 * longer to answer than one for an unknown email.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender smtp;
    private final DevMailbox devMailbox;
    private final MailComposer composer;
    private final String from;
    /** SMTP is slow and may hang: mails leave on their own thread, so a page never waits for it. */
    private final ExecutorService smtpThread = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("cohelm-mail").daemon().factory());

    Mailer(ObjectProvider<JavaMailSender> smtp, DevMailbox devMailbox, MailComposer composer,
            @Value("${cohelm.mail.from:CoHelm <no-reply@localhost>}") String from) {
        this.smtp = smtp.getIfAvailable();
        this.devMailbox = devMailbox;
        this.composer = composer;
        this.from = from;
    }

    /** True when no SMTP server is configured and mails go to the dev mailbox. */
    public boolean usesDevMailbox() {
        return smtp == null;
    }

    public void send(MailRequest request) {
        var mail = composer.compose(request);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(mail);
                }
            });
        } else {
            deliver(mail);
        }
    }

    @PreDestroy
    void stop() {
        smtpThread.shutdown();
    }

    private void deliver(Mail mail) {
        if (smtp == null) {
            devMailbox.keep(mail);
            log.info("No SMTP server configured: mail \"{}\" kept in the dev mailbox", mail.subject());
            return;
        }
        smtpThread.execute(() -> sendBySmtp(mail));
    }

    private void sendBySmtp(Mail mail) {
        try {
            var message = smtp.createMimeMessage();
            var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            smtp.send(message);
        } catch (MessagingException | MailException e) {
            // The change is saved; the admin can resend. The address is personal data: not logged.
            log.error("Could not send the mail \"{}\": {}", mail.subject(), e.getMessage());
        }
    }
}
