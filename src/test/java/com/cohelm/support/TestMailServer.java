package com.cohelm.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port that {@link MailServerTest}
 * hands to Spring Mail: mails leave CoHelm the way they would in production and are read back here.
 */
public final class TestMailServer implements BeforeAllCallback {

    static final String PORT_PROPERTY = "cohelm.test.smtp-port";

    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    private static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            System.setProperty(PORT_PROPERTY, String.valueOf(server.getSmtp().getPort()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Forgets every mail received so far. */
    public static void clear() {
        try {
            start().purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until this many mails arrived in all (they leave on their own thread), then returns them. */
    public static List<MimeMessage> awaitMails(int count, Duration timeout) {
        var greenMail = start();
        if (!greenMail.waitForIncomingEmail(timeout.toMillis(), count)) {
            throw new AssertionError("Expected " + count + " mails, received "
                    + greenMail.getReceivedMessages().length);
        }
        return Arrays.asList(greenMail.getReceivedMessages());
    }
}
