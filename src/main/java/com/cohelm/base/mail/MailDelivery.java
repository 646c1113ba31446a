package com.cohelm.base.mail;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Renders and sends each mail a {@link Mailer} was asked for, after the request committed, on the event
 * registry's thread (decision 0034). A failure leaves the publication incomplete: the mail is tried again at
 * the next start instead of being lost, and it counts as sent only once the SMTP server accepted it.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final JavaMailSender smtp;
    private final DevMailbox devMailbox;
    private final MailComposer composer;
    private final String from;

    MailDelivery(ObjectProvider<JavaMailSender> smtp, DevMailbox devMailbox, MailComposer composer,
            @Value("${cohelm.mail.from:CoHelm <no-reply@localhost>}") String from) {
        this.smtp = smtp.getIfAvailable();
        this.devMailbox = devMailbox;
        this.composer = composer;
        this.from = from;
    }

    /**
     * No transaction: the mail server may be slow, and a database connection held meanwhile would be
     * missed by the pages (the registry records the completion in a transaction of its own).
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void deliver(MailRequest request) throws MessagingException {
        var mail = composer.compose(request);
        if (smtp == null) {
            devMailbox.keep(mail);
            log.info("No SMTP server configured: mail \"{}\" kept in the dev mailbox", mail.subject());
            return;
        }
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
            // Kept in the registry and tried again at the next start. The address is personal data: not logged.
            log.error("Could not send the mail \"{}\": {}", mail.subject(), e.getMessage());
            throw e;
        }
    }
}
