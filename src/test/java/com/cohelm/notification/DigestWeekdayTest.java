package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.base.mail.Mail;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPeople;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The digests on every day of the week, at fixed instants that never depend on the day the suite runs
 * (decision 0026). The person reads mentions in the daily digest and action items in the weekly one. On a
 * Monday from 07:00 their time both are due and they get ONE mail, the weekly digest, carrying what the
 * daily one would have said; on the other days the daily digest alone; before 07:00 nothing. A person in
 * another time zone gets theirs by their own clock, and the periods are their local day and ISO week,
 * across a month's and a year's end.
 */
@CohelmSpringTest
class DigestWeekdayTest {

    static final String DAILY_SUBJECT = "Your CoHelm daily digest";
    static final String WEEKLY_SUBJECT = "Your CoHelm weekly digest";
    static final String MENTION = "Sam Okafor mentioned you on “Readiness thread”";
    static final String ASSIGNED = "Sam Okafor gave you the action item “Calibrate the fixtures”";

    @Autowired
    DigestJob job;
    @Autowired
    NotificationService notifications;
    @Autowired
    ActionService actions;
    @Autowired
    TestEvents testEvents;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestPeople testPeople;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;

    /**
     * One case: where the person lives, when the job runs, and what it must claim (digest and period) and send.
     *
     * @param subject the one mail's subject, or null for no mail
     */
    record Case(String name, String zone, Instant at, Map<Digest, String> claims, String subject,
            boolean weeklyNews) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> everyDayOfTheWeek() {
        var paris = "Europe/Paris";
        var weekOf14 = "2026-W51";
        return Stream.of(
                new Case("Monday 07:00 local, daily and weekly due: one mail, the weekly digest", paris,
                        Instant.parse("2026-12-14T06:00:00Z"), Map.of(Digest.DAILY, "2026-12-14", Digest.WEEKLY,
                                weekOf14), WEEKLY_SUBJECT, true),
                new Case("Tuesday: the daily digest", paris, Instant.parse("2026-12-15T06:00:00Z"),
                        Map.of(Digest.DAILY, "2026-12-15"), DAILY_SUBJECT, false),
                new Case("Wednesday: the daily digest", paris, Instant.parse("2026-12-16T06:30:00Z"),
                        Map.of(Digest.DAILY, "2026-12-16"), DAILY_SUBJECT, false),
                new Case("Thursday: the daily digest", paris, Instant.parse("2026-12-17T11:00:00Z"),
                        Map.of(Digest.DAILY, "2026-12-17"), DAILY_SUBJECT, false),
                new Case("Friday: the daily digest", paris, Instant.parse("2026-12-18T06:00:00Z"),
                        Map.of(Digest.DAILY, "2026-12-18"), DAILY_SUBJECT, false),
                new Case("Saturday: the daily digest", paris, Instant.parse("2026-12-19T20:00:00Z"),
                        Map.of(Digest.DAILY, "2026-12-19"), DAILY_SUBJECT, false),
                new Case("Sunday 23:59 local: the daily digest, no weekly", paris,
                        Instant.parse("2026-12-20T22:59:00Z"), Map.of(Digest.DAILY, "2026-12-20"), DAILY_SUBJECT,
                        false),
                new Case("Monday 06:59 local: nothing yet", paris, Instant.parse("2026-12-14T05:59:00Z"), Map.of(),
                        null, false),
                new Case("Auckland, Sunday 19:00 UTC is Monday 08:00 there: the weekly digest", "Pacific/Auckland",
                        Instant.parse("2026-12-13T19:00:00Z"), Map.of(Digest.DAILY, "2026-12-14", Digest.WEEKLY,
                                weekOf14), WEEKLY_SUBJECT, true),
                new Case("Los Angeles, Monday 06:00 UTC is still Sunday 22:00 there: Sunday's daily digest",
                        "America/Los_Angeles", Instant.parse("2026-12-14T06:00:00Z"),
                        Map.of(Digest.DAILY, "2026-12-13"), DAILY_SUBJECT, false),
                new Case("Los Angeles, Monday 10:00 UTC is Monday 02:00 there: nothing yet", "America/Los_Angeles",
                        Instant.parse("2026-12-14T10:00:00Z"), Map.of(), null, false),
                new Case("The month's and year's last day, a Thursday: the daily digest of that day", "UTC",
                        Instant.parse("2026-12-31T07:00:00Z"), Map.of(Digest.DAILY, "2026-12-31"), DAILY_SUBJECT,
                        false),
                new Case("A Monday that is a month's last day: one weekly mail", "UTC",
                        Instant.parse("2026-08-31T07:00:00Z"), Map.of(Digest.DAILY, "2026-08-31", Digest.WEEKLY,
                                "2026-W36"), WEEKLY_SUBJECT, true),
                new Case("The last Monday of 2026 is in its 53rd ISO week", "UTC",
                        Instant.parse("2026-12-28T07:00:00Z"), Map.of(Digest.DAILY, "2026-12-28", Digest.WEEKLY,
                                "2026-W53"), WEEKLY_SUBJECT, true),
                new Case("The first Monday of 2027 starts week 1", "UTC", Instant.parse("2027-01-04T07:00:00Z"),
                        Map.of(Digest.DAILY, "2027-01-04", Digest.WEEKLY, "2027-W01"), WEEKLY_SUBJECT, true));
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theCasesAreTheWeekdaysTheySayTheyAre() {
        assertThat(LocalDate.of(2026, 12, 14).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2026, 12, 31).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(LocalDate.of(2026, 8, 31).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2026, 12, 28).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(LocalDate.of(2027, 1, 4).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(everyDayOfTheWeek().map(c -> c.at().atZone(ZoneId.of(c.zone())).getDayOfWeek()))
                .containsAll(List.of(DayOfWeek.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyDayOfTheWeek")
    void eachDayGetsItsDigestsInOneMail(Case day) {
        var program = testPrograms.create("Weekday");
        var member = personReadingMentionsDailyAndActionsWeekly(program, day.zone());
        newsBefore(program, member, day.at());

        var mails = job.runFor(member, day.at());

        assertThat(claims(member)).isEqualTo(day.claims());
        var sent = testPeople.mailsTo(program.customerMember());
        if (day.subject() == null) {
            assertThat(mails).isZero();
            assertThat(sent).isEmpty();
            return;
        }
        assertThat(mails).isOne();
        assertThat(sent).extracting(Mail::subject).containsExactly(day.subject());
        assertThat(sent.getFirst().text()).contains(MENTION);
        if (day.weeklyNews()) {
            assertThat(sent.getFirst().text()).as("the weekly part").contains(ASSIGNED);
        } else {
            assertThat(sent.getFirst().text()).doesNotContain(ASSIGNED);
        }
        // Later runs of that day, and the next run after a restart, send nothing more.
        assertThat(job.runFor(member, day.at().plusSeconds(900))).isZero();
        assertThat(testPeople.mailsTo(program.customerMember())).hasSize(1);
    }

    /** Two nodes at the same Monday moment: one mail, both periods claimed, never a daily and a weekly mail. */
    @Test
    void twoNodesOnAMondaySendOneMailAndClaimBothDigests() throws Exception {
        var program = testPrograms.create("Monday nodes");
        var member = personReadingMentionsDailyAndActionsWeekly(program, "UTC");
        var monday = Instant.parse("2026-12-07T08:00:00Z");
        newsBefore(program, member, monday);

        var barrier = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            barrier.await();
            return job.runFor(member, monday);
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(node);
            var second = pool.submit(node);
            assertThat(first.get() + second.get()).isOne();
        }

        assertThat(claims(member)).isEqualTo(Map.of(Digest.DAILY, "2026-12-07", Digest.WEEKLY, "2026-W50"));
        assertThat(testPeople.mailsTo(program.customerMember())).extracting(Mail::subject)
                .containsExactly(WEEKLY_SUBJECT);
    }

    /** Someone who chose nothing weekly gets their usual daily digest on Mondays, under its usual name. */
    @Test
    void withNothingWeeklyMondaysMailIsTheDailyDigest() {
        var program = testPrograms.create("Monday daily");
        var member = demo.personId(program.customerMember());
        jdbc.sql("update user_account set time_zone = 'UTC' where id = ?").param(member).update();
        var monday = Instant.parse("2026-12-21T07:30:00Z");
        newsBefore(program, member, monday);

        assertThat(job.runFor(member, monday)).isOne();

        assertThat(claims(member)).isEqualTo(Map.of(Digest.DAILY, "2026-12-21", Digest.WEEKLY, "2026-W52"));
        var sent = testPeople.mailsTo(program.customerMember()).stream()
                .filter(mail -> mail.subject().contains("digest")).toList();
        assertThat(sent).extracting(Mail::subject).containsExactly(DAILY_SUBJECT);
        assertThat(sent.getFirst().text()).as("the default: action items daily, mentions at once")
                .contains(ASSIGNED).doesNotContain(MENTION);
    }

    /** The person of the program reads mentions daily and action items weekly, in their time zone. */
    private long personReadingMentionsDailyAndActionsWeekly(TestProgram program, String zone) {
        var member = demo.personId(program.customerMember());
        jdbc.sql("update user_account set time_zone = ? where id = ?").params(zone, member).update();
        signIn.as(program.customerMember());
        var chosen = new EnumMap<NotificationKind, EmailDelivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            chosen.put(kind, EmailDelivery.OFF);
        }
        chosen.put(NotificationKind.MENTIONED, EmailDelivery.DAILY);
        chosen.put(NotificationKind.ASSIGNED, EmailDelivery.WEEKLY);
        notifications.saveEmailSettings(null, chosen);
        signIn.out();
        return member;
    }

    /** A mention and an action item given to the member, dated two hours before the digest's moment. */
    private void newsBefore(TestProgram program, long member, Instant at) {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        actions.create(program.id(), ActionDraft.manual("Calibrate the fixtures", null, member,
                TestClock.today().plusDays(10), false));
        signIn.out();
        testEvents.publish(new PeopleMentioned(7, program.id(), demo.personId(DemoLogins.SUPPLIER_MEMBER),
                Set.of(member), "Readiness thread", "programs/" + program.id(), false));
        jdbc.sql("update notification set created_at = ? where recipient_id = ?")
                .params(Timestamp.from(at.minusSeconds(7200)), member).update();
    }

    private Map<Digest, String> claims(long member) {
        return jdbc.sql("select digest, period_key from digest_sent where user_id = ?").param(member)
                .query((rs, row) -> Map.entry(Digest.valueOf(rs.getString(1)), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
