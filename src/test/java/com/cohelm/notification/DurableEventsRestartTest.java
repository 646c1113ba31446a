package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.CohelmApplication;
import com.cohelm.account.PasswordResetService;
import com.cohelm.base.events.PendingEvents;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.TestClockConfiguration;
import com.cohelm.support.TestDatabases;
import com.cohelm.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision 0034 end to end: a mention's notification and a mail are both cut short (the notification's listener
 * fails on its first attempt, the mail server is down), the application stops and starts again on the same
 * database, and then the notification is made and mailed, and the mail sent, each exactly once; a further
 * restart sends nothing again. Three real starts of the whole application (not a test context), one after the
 * other on one embedded MariaDB, with a real SMTP server (GreenMail) in the second and third.
 */
@ExtendWith(TestMailServer.class)
class DurableEventsRestartTest {

    private static final String TOPIC = "Restart readiness";
    private static final Duration HANDLED = Duration.ofSeconds(30);

    private final Path dataDir = TestDatabases.newDataDir("restart");

    @Test
    void aNotificationAndAMailCutShortArriveAfterARestartExactlyOnce() throws Exception {
        TestMailServer.clear();
        String link;
        // First run: the notification's listener fails once, and no mail server answers.
        try (var first = start(closedPort(), FirstNotificationFails.class)) {
            awaitHandled(first);
            var jdbc = first.getBean(JdbcClient.class);
            var program = id(jdbc, "select id from program where name = ?", DemoLogins.BRIGHTLINE_PROGRAM);
            link = "programs/" + program + "/goals?restart";
            FirstNotificationFails.FAILURES_LEFT.set(1);
            first.getBean(TransactionTemplate.class).executeWithoutResult(status -> first.publishEvent(
                    new PeopleMentioned(4242, program, person(jdbc, DemoLogins.SUPPLIER_MEMBER),
                            Set.of(person(jdbc, DemoLogins.CUSTOMER_ADMIN)), TOPIC, link, false)));
            first.getBean(PasswordResetService.class).requestReset(DemoLogins.CUSTOMER_MEMBER);
            awaitHandled(first);

            assertThat(FirstNotificationFails.FAILURES_LEFT.get()).as("the listener failed once").isZero();
            assertThat(notifications(jdbc, link)).as("rolled back with its listener").isZero();
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null"
                    + " and status = 'FAILED'").query(Long.class).single())
                    .as("the mention and the mail wait in the registry").isEqualTo(2);
        }
        assertThat(received()).as("nothing reached the mail server").isEmpty();

        // Second run, on the same database: both are handed to their listeners again once it is ready.
        try (var second = start(smtpPort())) {
            awaitHandled(second);
            var jdbc = second.getBean(JdbcClient.class);
            assertThat(notifications(jdbc, link)).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
                    .query(Long.class).single()).as("nothing left incomplete").isZero();
            assertExactlyOneMentionAndOneReset();
        }

        // Third run: what was completed is not sent again.
        try (var third = start(smtpPort())) {
            awaitHandled(third);
            assertThat(notifications(third.getBean(JdbcClient.class), link)).isEqualTo(1);
            assertExactlyOneMentionAndOneReset();
        }
    }

    private static void assertExactlyOneMentionAndOneReset() throws Exception {
        var mails = received();
        assertThat(mails).filteredOn(m -> subject(m).contains(TOPIC)).singleElement()
                .satisfies(m -> assertThat(to(m)).isEqualTo(DemoLogins.CUSTOMER_ADMIN));
        assertThat(mails).filteredOn(m -> to(m).equals(DemoLogins.CUSTOMER_MEMBER)).singleElement()
                .satisfies(m -> assertThat(subject(m)).isEqualTo("Reset your CoHelm password"));
    }

    /** The whole application, as {@code main} starts it, with the test profile's demo data and fixed clock. */
    private ConfigurableApplicationContext start(int smtpPort, Class<?>... extra) {
        var sources = new java.util.ArrayList<Class<?>>(List.of(CohelmApplication.class,
                TestClockConfiguration.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).profiles("test").run(
                "--cohelm.embedded-db.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--cohelm.mail.from=CoHelm <no-reply@cohelm.test>");
    }

    private static void awaitHandled(ConfigurableApplicationContext context) {
        assertThat(context.getBean(PendingEvents.class).awaitHandled(HANDLED)).as("events handled").isTrue();
    }

    private static long notifications(JdbcClient jdbc, String link) {
        return jdbc.sql("select count(*) from notification where link = ?").param(link).query(Long.class).single();
    }

    private static long person(JdbcClient jdbc, String email) {
        return id(jdbc, "select id from user_account where email = ?", email);
    }

    private static long id(JdbcClient jdbc, String sql, String parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private static int smtpPort() {
        return Integer.parseInt(System.getProperty("cohelm.test.smtp-port"));
    }

    /** A port nothing listens on: the mail server is down. */
    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<MimeMessage> received() {
        return TestMailServer.awaitMails(0, Duration.ofMillis(100));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Test-only: {@link NotificationCenter#notify}, which the notification listeners call, throws while
     * {@link #FAILURES_LEFT} is positive, as a database that fails for a moment would. Its transaction rolls back
     * and the registry marks the publication failed.
     */
    @Configuration(proxyBeanMethods = false)
    static class FirstNotificationFails {

        static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

        @Bean
        static BeanPostProcessor failingNotificationCenter() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof Advised advised && AopUtils.getTargetClass(bean) == NotificationCenter.class) {
                        advised.addAdvice(0, (MethodInterceptor) invocation -> {
                            if (invocation.getMethod().getName().equals("notify")
                                    && FAILURES_LEFT.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("The notification's first attempt fails (test)");
                            }
                            return invocation.proceed();
                        });
                    }
                    return bean;
                }
            };
        }
    }
}
