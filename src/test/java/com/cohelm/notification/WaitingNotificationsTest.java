package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.AccountDirectory;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.action.DueActions;
import com.cohelm.feedback.PulseRevealed;
import com.cohelm.feedback.PulseService;
import com.cohelm.program.ProgramDirectory;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.review.UpcomingReviews;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.MilestoneRow;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.schedule.SlipService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.schedule.SlipReport;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Everything the digest lists as waiting on someone also reaches their bell when it starts waiting
 * (decision 0026): a slip to acknowledge or contest (the other side's lead), an action item that became
 * overdue (its assignee, once per due date, in their own time zone), review minutes to sign off (each lead
 * whose side has not signed, once the review is over); and the answers to a slip reach who reported it and
 * who owns the milestone, a revealed pulse everyone of the program. Never the person who acted, never
 * someone who no longer sees the program. The jobs run at fixed instants in 2031, far from every other
 * test's dates, so that they never depend on the day the suite runs.
 */
@CohelmSpringTest
class WaitingNotificationsTest {

    @Autowired
    ActionService actions;
    @Autowired
    ScheduleQueries scheduleQueries;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    SlipService slipService;
    @Autowired
    PulseService pulseService;
    @Autowired
    ReviewService reviews;
    @Autowired
    WaitingReminderJob job;
    @Autowired
    DueActions dueActions;
    @Autowired
    UpcomingReviews upcomingReviews;
    @Autowired
    AccountDirectory directory;
    @Autowired
    ProgramDirectory programs;
    @Autowired
    NotificationCenter center;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    TestEvents testEvents;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;

    TestProgram program;
    long sam;
    long tomas;
    long lead;
    long member;
    long viewer;

    @BeforeEach
    void setUp() {
        program = testPrograms.create("Waiting notified");
        sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        tomas = demo.personId("tomas@northwind.example");
        lead = demo.personId(program.customerLead());
        member = demo.personId(program.customerMember());
        viewer = demo.personId(program.viewer());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private List<String> kindsOf(long person) {
        return jdbc.sql("select kind from notification where recipient_id = ? and program_id = ? order by id")
                .params(person, program.id()).query(String.class).list();
    }

    /** Sam (supplier lead) records a slip of Tomás's milestone; the customer's lead is asked to answer it. */
    private MilestoneRow slipped(String title) {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today();
        var milestone = milestoneService.create(program.id(), new MilestoneDraft(title, null, OwnerSide.SUPPLIER, tomas,
                today.plusDays(20), today.plusDays(20), Set.of(), Set.of(), null)).row();
        milestoneService.update(program.id(), milestone.id(), milestone.version(), new MilestoneDraft(title, null,
                OwnerSide.SUPPLIER, tomas, today.plusDays(20), today.plusDays(30), Set.of(), Set.of(),
                new SlipReport(SlipCause.SUPPLIER, "Boards late", "Second shift")));
        signIn.out();
        testEvents.awaitHandled();
        return milestone;
    }

    @Test
    void aSlipAsksTheOtherSidesLeadToAnswerAndItsAnswerReachesReporterAndOwner() {
        var contested = slipped("Fixtures calibrated");
        assertThat(kindsOf(lead)).as("the other side's lead, once").containsExactly("SLIP_TO_ANSWER");
        assertThat(kindsOf(tomas)).containsExactly("MILESTONE_SLIPPED");
        assertThat(kindsOf(sam)).as("who recorded it").isEmpty();
        assertThat(kindsOf(member)).isEmpty();

        // A customer member contests: Sam (who reported it) and Tomás (who owns it) hear of it, nobody else.
        signIn.as(program.customerMember());
        var slip = scheduleQueries.milestone(program.id(), contested.id()).orElseThrow().slips().getFirst();
        slipService.contestSlip(program.id(), contested.id(), slip.id(), slip.version(), "Six weeks is too much");
        signIn.out();
        testEvents.awaitHandled();
        assertThat(kindsOf(sam)).containsExactly("SLIP_CONTESTED");
        assertThat(kindsOf(tomas)).containsExactly("MILESTONE_SLIPPED", "SLIP_CONTESTED");
        assertThat(kindsOf(member)).as("who contested").isEmpty();
        assertThat(kindsOf(lead)).containsExactly("SLIP_TO_ANSWER");

        var contestNews = jdbc.sql("select id from notification where recipient_id = ? and kind = 'SLIP_CONTESTED'"
                + " and program_id = ?").params(sam, program.id()).query(Long.class).single();
        assertThat(new NotificationTexts(java.util.Locale.ENGLISH).sentence(notificationView(contestNews)))
                .isEqualTo(TestPrograms.CUSTOMER_MEMBER_NAME + " contested the slip on “Fixtures calibrated”");

        // The customer lead acknowledges another slip; Tomás no longer sees the program and is not told.
        var acknowledged = slipped("Line 1 qualified");
        jdbc.sql("delete from program_member where program_id = ? and user_id = ?").params(program.id(), tomas)
                .update();
        signIn.as(program.customerLead());
        var second = scheduleQueries.milestone(program.id(), acknowledged.id()).orElseThrow().slips().getFirst();
        slipService.acknowledgeSlip(program.id(), acknowledged.id(), second.id(), second.version(), null);
        signIn.out();
        testEvents.awaitHandled();
        assertThat(kindsOf(sam)).containsExactly("SLIP_CONTESTED", "SLIP_ACKNOWLEDGED");
        assertThat(kindsOf(tomas)).as("no longer a member").containsExactly("MILESTONE_SLIPPED", "SLIP_CONTESTED",
                "MILESTONE_SLIPPED");
        assertThat(kindsOf(lead)).containsExactly("SLIP_TO_ANSWER", "SLIP_TO_ANSWER");
    }

    private NotificationView notificationView(long id) {
        return jdbc.sql("select kind, program_name, subject_title, actor_name, link from notification where id = ?")
                .param(id).query((rs, row) -> new NotificationView(id, NotificationKind.valueOf(rs.getString(1)),
                        program.id(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        Instant.EPOCH, false)).single();
    }

    @Test
    void aRevealedPulseReachesEveryoneOfTheProgramButWhoRevealedItAndWhoLeftOnce() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var pulse = pulseService.openPulse(program.id(), TestClock.today().plusDays(7));
        signIn.out();
        testEvents.awaitHandled();
        jdbc.sql("delete from program_member where program_id = ? and user_id = ?").params(program.id(), member)
                .update();

        testEvents.publish(new PulseRevealed(program.id(), pulse.id(), sam));
        // Heard twice (both sides answered, then it closed): still one notification each.
        testEvents.publish(new PulseRevealed(program.id(), pulse.id(), sam));

        assertThat(kindsOf(tomas)).containsExactly("PULSE_OPEN", "PULSE_REVEALED");
        assertThat(kindsOf(lead)).containsExactly("PULSE_OPEN", "PULSE_REVEALED");
        assertThat(kindsOf(viewer)).as("viewers read results").containsExactly("PULSE_REVEALED");
        assertThat(kindsOf(sam)).as("who closed it").isEmpty();
        assertThat(kindsOf(member)).as("no longer a member").containsExactly("PULSE_OPEN");
        assertThat(jdbc.sql("select link from notification where recipient_id = ? and kind = 'PULSE_REVEALED'"
                + " and program_id = ?").params(viewer, program.id()).query(String.class).single())
                .isEqualTo("programs/" + program.id() + "/feedback");
    }

    @Test
    void anActionItemOverdueTellsItsAssigneeOnceInTheirTimeZoneAndAgainIfItsNewDatePasses() {
        jdbc.sql("update user_account set time_zone = 'UTC' where id = ?").param(member).update();
        jdbc.sql("update user_account set time_zone = 'Pacific/Honolulu' where id = ?").param(lead).update();
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var due = TestClock.today().plusDays(5);
        // Each notification made before the next action: their order is the actions' order.
        var drawings = actions.create(program.id(), ActionDraft.manual("Send the drawings", null, member, due, false));
        testEvents.awaitHandled();
        var quote = actions.create(program.id(), ActionDraft.manual("Quote the fixtures", null, lead, due, false));
        testEvents.awaitHandled();
        var question = actions.create(program.id(), ActionDraft.manual("Which fixtures?", null, member, due, true));
        testEvents.awaitHandled();
        var ancient = actions.create(program.id(), ActionDraft.manual("Long forgotten", null, member, due, false));
        testEvents.awaitHandled();
        signIn.out();
        var dueDay = LocalDate.of(2031, 3, 4);
        for (var id : List.of(drawings.id(), quote.id(), question.id())) {
            jdbc.sql("update action_item set due_date = ? where id = ?").params(dueDay, id).update();
        }
        jdbc.sql("update action_item set due_date = ? where id = ?").params(dueDay.minusDays(30), ancient.id())
                .update();

        // 05:00 UTC on the 5th: past due in UTC, still the 4th (19:00) in Honolulu.
        job.overdueActions(Instant.parse("2031-03-05T05:00:00Z"));
        assertThat(kindsOf(member)).as("questions have their own notification; a month late is not news")
                .containsExactly("ASSIGNED", "QUESTION_WAITING", "ASSIGNED", "ACTION_OVERDUE");
        assertThat(kindsOf(lead)).containsExactly("ASSIGNED");

        // Later runs, another node, a restart: the lead now, the member not again.
        job.overdueActions(Instant.parse("2031-03-05T11:00:00Z"));
        new WaitingReminderJob(dueActions, upcomingReviews, directory, programs, center, transactions, clock)
                .overdueActions(Instant.parse("2031-03-05T11:15:00Z"));
        assertThat(kindsOf(member)).containsExactly("ASSIGNED", "QUESTION_WAITING", "ASSIGNED", "ACTION_OVERDUE");
        assertThat(kindsOf(lead)).containsExactly("ASSIGNED", "ACTION_OVERDUE");
        assertThat(kindsOf(sam)).isEmpty();
        assertThat(jdbc.sql("select link from notification where recipient_id = ? and kind = 'ACTION_OVERDUE'"
                + " and program_id = ?").params(lead, program.id()).query(String.class).single())
                .isEqualTo("programs/" + program.id() + "/actions?item=" + quote.id());

        // Given a new date that passes too: news again. Done: never.
        jdbc.sql("update action_item set due_date = ? where id = ?").params(dueDay.plusDays(2), drawings.id()).update();
        jdbc.sql("update action_item set status = 'DONE', closed_at = ? where id = ?")
                .params(Timestamp.from(TestClock.now()), quote.id()).update();
        job.overdueActions(Instant.parse("2031-03-07T01:00:00Z"));
        assertThat(kindsOf(member)).containsExactly("ASSIGNED", "QUESTION_WAITING", "ASSIGNED", "ACTION_OVERDUE",
                "ACTION_OVERDUE");
        assertThat(kindsOf(lead)).containsExactly("ASSIGNED", "ACTION_OVERDUE");
    }

    @Test
    void aReviewOverAsksEachLeadWhoseSideHasNotSignedOnce() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var starts = clock.instant().plus(Duration.ofDays(3));
        var monthly = reviews.schedule(program.id(), new ReviewDraft("Monthly review", starts, 60, null,
                Set.of(sam, lead, member)));
        var signed = reviews.schedule(program.id(), new ReviewDraft("Signed by us already", starts, 60, null,
                Set.of(sam, lead)));
        signIn.out();
        var start = Instant.parse("2031-03-05T09:00:00Z");
        for (var id : List.of(monthly.id(), signed.id())) {
            jdbc.sql("update review set starts_at = ? where id = ?").params(Timestamp.from(start), id).update();
        }
        jdbc.sql("update review set supplier_signed_by = ?, supplier_signed_at = ? where id = ?")
                .params(sam, Timestamp.from(start.plusSeconds(3000)), signed.id()).update();

        job.signOffs(start.plusSeconds(1800));
        assertThat(kindsOf(sam)).as("under way: not yet").isEmpty();
        assertThat(kindsOf(lead)).isEmpty();

        job.signOffs(start.plusSeconds(3900));
        job.signOffs(start.plusSeconds(4800));
        assertThat(kindsOf(sam)).as("the supplier's lead, for the review it has not signed").containsExactly(
                "SIGN_OFF_DUE");
        assertThat(kindsOf(lead)).as("the customer's lead, for both").containsExactly("SIGN_OFF_DUE",
                "SIGN_OFF_DUE");
        assertThat(kindsOf(member)).as("attendees who are not leads do not sign").isEmpty();
        assertThat(jdbc.sql("select link from notification where recipient_id = ? and kind = 'SIGN_OFF_DUE'"
                + " and program_id = ?").params(sam, program.id()).query(String.class).single())
                .isEqualTo("reviews/" + monthly.id());
    }
}
