package com.cohelm.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port that {@link MailServerTest}
 * hands to Spring Mail: mails leave CoHelm the way they would in production and are read back here.
 *
 * <p>A test class using it runs in an application of its own, closed after the class. Starting one
 * makes Vaadin install that application's security context holder for the whole JVM; it is put back
 * afterwards, or every later test of the shared application would sign in where its services do not
 * look.
 */
public final class TestMailServer implements BeforeAllCallback, AfterAllCallback {

    static final String PORT_PROPERTY = "cohelm.test.smtp-port";

    private static GreenMail server;

    /** Taken when JUnit registers the extension, before the class's own application starts. */
    private final SecurityContextHolderStrategy strategyBefore = SecurityContextHolder.getContextHolderStrategy();

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
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
