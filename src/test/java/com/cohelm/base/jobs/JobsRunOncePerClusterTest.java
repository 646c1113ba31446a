package com.cohelm.base.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.CohelmApplication;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.base.events.PendingEvents;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestClockConfiguration;
import com.cohelm.support.TestDatabases;
import com.cohelm.support.TestMailServer;
import com.cohelm.support.TestPrograms;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.ReflectionUtils;

/**
 * Decision 0037 end to end: two nodes of CoHelm, two whole applications in this JVM on one MariaDB, node B
 * started with {@code cohelm.cluster.migrate=false} (so it waited for nothing: node A had migrated). Each
 * scheduled job is fired on both nodes at the same moment, the way their schedulers would at the same cron
 * tick: both threads wait on one latch, then call the job's {@code @Scheduled} method on each node's bean,
 * through its proxy, as the scheduler does. Each time, exactly one node takes the job's row in the real
 * {@code shedlock} table and runs the job's body, the other finds it taken and returns, and the work is
 * done once: the digest mails, the pulse opened, the week's health, the reminders, the clean-up.
 *
 * <p>The lock provider on each node is ShedLock's own, wrapped only to count the locks asked and granted;
 * the jobs' bodies are counted by an advice inside the lock. The application's clock is the suite's
 * {@link TestClock} (a fixed day and hour), and every node reads the same one. The lock's own time is the
 * database's: before each job, the test ends what an earlier run left of the job's lock (its
 * {@code lockAtLeastFor}) by setting its end to its start, as the passing of the schedule's interval would.
 */
@ExtendWith(TestMailServer.class)
class JobsRunOncePerClusterTest {

    private static final Duration HANDLED = Duration.ofSeconds(30);

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static JdbcClient jdbc;

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        nodeA = start("--cohelm.embedded-db.data-dir=" + TestDatabases.newDataDir("cluster"));
        var database = (HikariDataSource) nodeA.getBean(DataSource.class);
        nodeB = start("--spring.datasource.url=" + database.getJdbcUrl(),
                "--spring.datasource.username=" + database.getUsername(),
                "--spring.datasource.password=" + Optional.ofNullable(database.getPassword()).orElse(""),
                "--cohelm.cluster.migrate=false",
                "--cohelm.cluster.schema-wait=1m");
        jdbc = nodeA.getBean(JdbcClient.class);
        // Two nodes in one JVM: see Probe.SHARED_SECURITY_CONTEXT (TestMailServer puts the suite's back afterwards).
        SecurityContextHolder.setContextHolderStrategy(Probe.SHARED_SECURITY_CONTEXT);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @BeforeEach
    void clearMail() {
        awaitHandled();
        TestMailServer.clear();
    }

    @Test
    void bothNodesShareOneDatabaseAndNodeBDidNotMigrate() {
        var where = "select concat(@@hostname, ':', @@port, '/', database())";
        assertThat(nodeB.getBean(JdbcClient.class).sql(where).query(String.class).single())
                .isEqualTo(jdbc.sql(where).query(String.class).single());
        assertThat(nodeB.getEnvironment().getProperty("cohelm.cluster.migrate")).isEqualTo("false");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success = 0").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = database()"
                + " and table_name = 'shedlock'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theDigestsAreMailedOnce() {
        // Whatever the suite's hour: someone for whom it is midday, with an action item waiting on them.
        var program = nodeA.getBean(TestPrograms.class).create("Cluster digest");
        var lead = nodeA.getBean(DemoPrograms.class).personId(program.customerLead());
        var hoursToNoon = 12 - TestClock.now().atZone(ZoneOffset.UTC).getHour();
        // POSIX signs: Etc/GMT-5 is five hours ahead of UTC.
        var noonZone = hoursToNoon == 0 ? "Etc/GMT" : "Etc/GMT" + (hoursToNoon > 0 ? "-" : "+") + Math.abs(hoursToNoon);
        jdbc.sql("update user_account set time_zone = ? where id = ?").params(noonZone, lead).update();
        assignAction(program.id(), lead, TestClock.today().plusDays(5));

        var claimedBefore = digestClaims();
        var lockName = fireOnBothNodesAtOnce("com.cohelm.notification.DigestJob");
        awaitHandled();
        var claimed = digestClaims() - claimedBefore;
        var mails = TestMailServer.awaitMails(0, Duration.ofMillis(200));
        assertThat(claimed).as("digests claimed").isPositive();
        assertThat(mails).as("one mail per claimed person at most, none twice").isNotEmpty()
                .hasSizeLessThanOrEqualTo((int) claimed);
        assertThat(mails).filteredOn(mail -> recipient(mail).equals(program.customerLead())).hasSize(1);
        assertThat(mails.stream().map(JobsRunOncePerClusterTest::recipient).distinct().count())
                .isEqualTo(mails.size());
        assertRanOnce(lockName);

        // The next tick on both nodes finds every digest of the day sent.
        fireOnBothNodesAtOnce("com.cohelm.notification.DigestJob");
        awaitHandled();
        assertThat(digestClaims() - claimedBefore).isEqualTo(claimed);
        assertThat(TestMailServer.awaitMails(0, Duration.ofMillis(200))).hasSameSizeAs(mails);
    }

    @Test
    void thePulseOfTheMonthIsOpenedOnce() {
        var program = nodeA.getBean(TestPrograms.class).create("Cluster pulse");
        var priya = nodeA.getBean(DemoPrograms.class).personId(DemoLogins.SUPPLIER_MEMBER);
        jdbc.sql("insert into pulse_cadence (program_id, cadence, updated_by, updated_at) values (?, 'MONTHLY', ?, ?)")
                .params(program.id(), priya, Timestamp.from(TestClock.now())).update();

        var lockName = fireOnBothNodesAtOnce("com.cohelm.feedback.PulseScheduler");

        assertThat(count("select count(*) from pulse where program_id = ?", program.id())).isEqualTo(1);
        assertThat(count("select count(*) from activity_event where kind = 'PULSE_OPENED' and program_id = ?",
                program.id())).isEqualTo(1);
        assertRanOnce(lockName);
    }

    @Test
    void theWeeksHealthIsComputedOnce() {
        var program = nodeA.getBean(TestPrograms.class).create("Cluster health");
        assertThat(count("select count(*) from health_snapshot where program_id = ?", program.id())).isZero();

        var lockName = fireOnBothNodesAtOnce("com.cohelm.health.WeeklyHealthJob");

        assertThat(count("select count(*) from health_snapshot where program_id = ?", program.id())).isEqualTo(1);
        assertRanOnce(lockName);
    }

    @Test
    void theAttendeesOfTomorrowsReviewAreRemindedOnce() {
        var program = nodeA.getBean(TestPrograms.class).create("Cluster review");
        var demo = nodeA.getBean(DemoPrograms.class);
        var attendees = Set.of(demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(program.customerLead()),
                demo.personId(program.viewer()));
        var signIn = nodeA.getBean(SignIn.class);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        long reviewId;
        try {
            reviewId = nodeA.getBean(ReviewService.class).schedule(program.id(), new ReviewDraft("Cluster readiness",
                    TestClock.now().plus(Duration.ofHours(10)).truncatedTo(ChronoUnit.MINUTES), 60, null, attendees))
                    .id();
        } finally {
            signIn.out();
        }
        awaitHandled();

        var lockName = fireOnBothNodesAtOnce("com.cohelm.notification.ReviewReminderJob");

        assertThat(count("select count(*) from notification where kind = 'REVIEW_TOMORROW' and link = ?",
                "reviews/" + reviewId)).isEqualTo(attendees.size());
        assertRanOnce(lockName);
    }

    @Test
    void theAssigneeOfAnOverdueActionIsToldOnce() {
        var program = nodeA.getBean(TestPrograms.class).create("Cluster overdue");
        var demo = nodeA.getBean(DemoPrograms.class);
        var lead = demo.personId(program.customerLead());
        jdbc.sql("update user_account set time_zone = 'UTC' where id = ?").param(lead).update();
        var itemId = assignAction(program.id(), lead, TestClock.today().plusDays(5));
        jdbc.sql("update action_item set due_date = ? where id = ?").params(TestClock.today().minusDays(1), itemId)
                .update();

        var lockName = fireOnBothNodesAtOnce("com.cohelm.notification.WaitingReminderJob");

        assertThat(count("select count(*) from notification where kind = 'ACTION_OVERDUE' and recipient_id = ?",
                lead)).isEqualTo(1);
        assertRanOnce(lockName);
    }

    @Test
    void oldHandledEventsAreDeletedOnce() {
        var id = UUID.randomUUID();
        var longAgo = Timestamp.from(TestClock.now().minus(Duration.ofDays(30)));
        jdbc.sql("""
                insert into event_publication (id, publication_date, listener_id, event_type, serialized_event,
                    status, completion_date, completion_attempts)
                values (?, ?, 'cluster.test', 'cluster.Test', '{}', 'COMPLETED', ?, 1)""")
                .params(id.toString(), longAgo, longAgo).update();

        var lockName = fireOnBothNodesAtOnce("com.cohelm.base.events.CompletedEventsCleanup");

        assertThat(count("select count(*) from event_publication where id = ?", id.toString())).isZero();
        assertRanOnce(lockName);
    }

    /** An action item of the program, assigned on node A by the supplier lead; returns its id. */
    private static long assignAction(long programId, long assignee, java.time.LocalDate due) {
        var signIn = nodeA.getBean(SignIn.class);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            return nodeA.getBean(ActionService.class).create(programId, ActionDraft.manual("Send the drawings",
                    null, assignee, due, false)).id();
        } finally {
            signIn.out();
            awaitHandled();
        }
    }

    // ------------------------------------------------------------------------------------------ the two nodes

    /** The whole application, as {@code main} starts it, with the test profile, the suite's clock and the probe. */
    private static ConfigurableApplicationContext start(String... arguments) {
        var all = new ArrayList<>(List.of(arguments));
        all.addAll(List.of("--server.port=0", "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + System.getProperty("cohelm.test.smtp-port"),
                "--cohelm.mail.from=CoHelm <no-reply@cohelm.test>"));
        return new SpringApplicationBuilder(CohelmApplication.class, TestClockConfiguration.class, Probe.class)
                .profiles("test").run(all.toArray(String[]::new));
    }

    /**
     * Fires the job's scheduled method on both nodes at the same moment (after ending what an earlier run
     * left of its lock) and returns the job's lock name.
     */
    private static String fireOnBothNodesAtOnce(String jobClass) {
        var job = scheduledMethod(jobClass);
        var lockName = AnnotatedElementUtils.findMergedAnnotation(job, SchedulerLock.class).name();
        // Locked at is past in the database's time: the lock is free, as once its lockAtLeastFor is over.
        jdbc.sql("update shedlock set lock_until = locked_at where name = ?").param(lockName).update();
        probe(nodeA).reset();
        probe(nodeB).reset();
        var go = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<?>>();
            for (var node : List.of(nodeA, nodeB)) {
                var bean = node.getBean(job.getDeclaringClass());
                var onProxy = AopUtils.selectInvocableMethod(job, bean.getClass());
                ReflectionUtils.makeAccessible(onProxy);
                runs.add(threads.submit(() -> {
                    go.await();
                    return ReflectionUtils.invokeMethod(onProxy, bean);
                }));
            }
            go.countDown();
            for (var run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } catch (Exception e) {
            throw new AssertionError("The job " + jobClass + " failed", e);
        } finally {
            threads.shutdownNow();
        }
        return lockName;
    }

    private static Method scheduledMethod(String jobClass) {
        try {
            var type = Class.forName(jobClass);
            return Arrays.stream(type.getDeclaredMethods())
                    .filter(method -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class))
                    .reduce((one, two) -> {
                        throw new IllegalStateException(jobClass + " has several @Scheduled methods");
                    }).orElseThrow();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Both nodes asked the real lock provider for the job's lock at once; exactly one got it and ran the
     * job's body; the lock row in the shared table is held a minute from its start (lockAtLeastFor).
     */
    private static void assertRanOnce(String lockName) {
        var a = probe(nodeA);
        var b = probe(nodeB);
        assertThat(a.asked(lockName) + b.asked(lockName)).as("lock asked by both nodes").isEqualTo(2);
        assertThat(a.granted(lockName) + b.granted(lockName)).as("lock granted to one node").isEqualTo(1);
        assertThat(a.ran() + b.ran()).as("the job's body ran on one node").isEqualTo(1);
        assertThat(a.ran()).as("the body ran where the lock was granted").isEqualTo(a.granted(lockName));
        assertThat(jdbc.sql("select timestampdiff(second, locked_at, lock_until) from shedlock where name = ?")
                .param(lockName).query(Long.class).single()).as("held a minute past its start (lockAtLeastFor)")
                .isGreaterThanOrEqualTo(60);
    }

    private static void awaitHandled() {
        for (var node : List.of(nodeA, nodeB)) {
            assertThat(node.getBean(PendingEvents.class).awaitHandled(HANDLED)).as("events handled").isTrue();
        }
    }

    private static long digestClaims() {
        return jdbc.sql("select count(*) from digest_sent").query(Long.class).single();
    }

    private static long count(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Probe.Counts probe(ConfigurableApplicationContext node) {
        return node.getBean(Probe.Counts.class);
    }

    /**
     * Test-only, on each node: counts the locks asked of and granted by ShedLock's real lock provider, and the
     * runs of a scheduled method that got past the lock (an advice added inside ShedLock's own, on the jobs'
     * proxies).
     */
    @Configuration(proxyBeanMethods = false)
    static class Probe {

        static final class Counts {
            private final Map<String, Integer> asked = new ConcurrentHashMap<>();
            private final Map<String, Integer> granted = new ConcurrentHashMap<>();
            private final Map<String, Integer> ran = new ConcurrentHashMap<>();

            int asked(String name) {
                return asked.getOrDefault(name, 0);
            }

            int granted(String name) {
                return granted.getOrDefault(name, 0);
            }

            int ran() {
                return ran.values().stream().mapToInt(Integer::intValue).sum();
            }

            void reset() {
                asked.clear();
                granted.clear();
                ran.clear();
            }
        }

        /**
         * Each node's Vaadin installs a security context holder of its own, with a thread-local of its own, as
         * the JVM-wide one, and the last node started wins: a job that signs its person in through the JVM-wide
         * holder (a digest is composed as its reader) would then sign in where the other node's method security
         * does not look. Real nodes are separate JVMs; here, both nodes share one holder.
         */
        static final SecurityContextHolderStrategy SHARED_SECURITY_CONTEXT =
                new VaadinAwareSecurityContextHolderStrategy();

        @Bean
        static Counts probeCounts() {
            return new Counts();
        }

        @Bean
        static BeanPostProcessor countLocksAndRuns(org.springframework.beans.factory.ObjectProvider<Counts> counts) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (bean instanceof SecurityContextHolderStrategy) {
                        return SHARED_SECURITY_CONTEXT;
                    }
                    if (bean instanceof LockProvider real) {
                        return (LockProvider) configuration -> counted(real, configuration, counts.getObject());
                    }
                    var target = AopUtils.getTargetClass(bean);
                    if (bean instanceof Advised advised && target.getName().startsWith("com.cohelm.")
                            && Arrays.stream(target.getDeclaredMethods())
                                    .anyMatch(method -> AnnotatedElementUtils.hasAnnotation(method, Scheduled.class))) {
                        // Appended: inside ShedLock's interceptor, so it sees only the runs that got the lock.
                        advised.addAdvice((MethodInterceptor) invocation -> {
                            if (AnnotatedElementUtils.hasAnnotation(invocation.getMethod(), Scheduled.class)) {
                                counts.getObject().ran.merge(target.getSimpleName(), 1, Integer::sum);
                            }
                            return invocation.proceed();
                        });
                    }
                    return bean;
                }
            };
        }

        private static Optional<SimpleLock> counted(LockProvider real, LockConfiguration configuration, Counts counts) {
            counts.asked.merge(configuration.getName(), 1, Integer::sum);
            var lock = real.lock(configuration);
            lock.ifPresent(granted -> counts.granted.merge(configuration.getName(), 1, Integer::sum));
            return lock;
        }
    }
}
