package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.base.mail.Mail;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.ProposedBaseline;
import com.cohelm.schedule.RebaselineDraft;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.RebaselineService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.schedule.SlipReport;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPeople;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The "waiting on you" lists in both directions for both sides, limited to what the person may see; and
 * the digest job sends a person's digest once, whatever the number of runs, nodes or restarts.
 */
@CohelmSpringTest
class DigestTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ActionService actions;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    RebaselineService rebaselineService;
    @Autowired
    DigestJob job;
    @Autowired
    ReviewService reviews;
    @Autowired
    ApplicationContext context;
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

    TestProgram program;
    long sam;
    long tomas;
    long lead;
    long member;

    @BeforeEach
    void setUp() {
        program = testPrograms.create("Waiting");
        sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        tomas = demo.personId("tomas@northwind.example");
        lead = demo.personId(program.customerLead());
        member = demo.personId(program.customerMember());
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long overdue(long itemId) {
        return jdbc.sql("update action_item set due_date = ? where id = ?")
                .params(TestClock.today().minusDays(3), itemId).update();
    }

    @Test
    void eachSideSeesWhatItOwesAndWhatItIsOwedWithLinks() {
        var due = TestClock.today().plusDays(5);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var question = actions.create(program.id(), ActionDraft.manual("Which fixtures do you use?", null, lead, due,
                true));
        overdue(actions.create(program.id(), ActionDraft.manual("Send the drawings", null, member, due, false)).id());
        actions.create(program.id(), ActionDraft.manual("Not overdue yet", null, member, due, false));
        var today = TestClock.today();
        var milestone = milestoneService.create(program.id(), new MilestoneDraft("Fixtures calibrated", null,
                OwnerSide.SUPPLIER, tomas, today.plusDays(20), today.plusDays(20), Set.of(), Set.of(), null)).row();
        milestoneService.update(program.id(), milestone.id(), milestone.version(), new MilestoneDraft("Fixtures calibrated",
                null, OwnerSide.SUPPLIER, tomas, today.plusDays(20), today.plusDays(30), Set.of(), Set.of(),
                new SlipReport(SlipCause.SUPPLIER, "Boards late", "Second shift")));
        rebaselineService.proposeRebaseline(program.id(), new RebaselineDraft("Boards arrived late",
                List.of(new ProposedBaseline(milestone.id(), today.plusDays(30)))));
        var review = reviews.schedule(program.id(), new ReviewDraft("Monthly review",
                TestClock.now().plus(java.time.Duration.ofDays(1)), 60, null, Set.of(sam, lead)));
        jdbc.sql("update review set starts_at = ? where id = ?")
                .params(java.sql.Timestamp.from(TestClock.now().minus(java.time.Duration.ofHours(2))), review.id())
                .update();
        signIn.as(program.customerMember());
        var quote = actions.create(program.id(), ActionDraft.manual("Quote the spare fixtures", null, tomas, due,
                false));
        overdue(quote.id());

        var itemLink = "programs/" + program.id() + "/actions?item=";
        signIn.as(program.customerLead());
        var leads = notifications.waitingOnMe();
        assertThat(leads.youOwe()).extracting(WaitingItem::kind, WaitingItem::title, WaitingItem::link)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.QUESTION, "Which fixtures do you use?",
                                itemLink + question.id()),
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.REBASELINE, "Boards arrived late",
                                "programs/" + program.id() + "/schedule"),
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.SLIP, "Fixtures calibrated",
                                "programs/" + program.id() + "/schedule/" + milestone.id()),
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.SIGN_OFF, "Monthly review",
                                "reviews/" + review.id()));
        assertThat(leads.owedToYou()).isEmpty();

        signIn.as(program.customerMember());
        var members = notifications.waitingOnMe();
        assertThat(members.youOwe()).extracting(WaitingItem::kind, WaitingItem::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.OVERDUE_ACTION,
                        "Send the drawings"));
        assertThat(members.owedToYou()).extracting(WaitingItem::kind, WaitingItem::title, WaitingItem::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.OVERDUE_ACTION,
                        "Quote the spare fixtures", itemLink + quote.id()));

        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var sams = notifications.waitingOnMe();
        assertThat(sams.owedToYou()).filteredOn(item -> item.programId() == program.id())
                .extracting(WaitingItem::kind, WaitingItem::title)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.QUESTION, "Which fixtures do you use?"),
                        org.assertj.core.groups.Tuple.tuple(WaitingItem.Kind.OVERDUE_ACTION, "Send the drawings"));
        assertThat(sams.youOwe()).filteredOn(item -> item.programId() == program.id())
                .extracting(WaitingItem::kind).containsExactly(WaitingItem.Kind.SIGN_OFF);

        // Taken off the program, the member is owed and owes nothing there any more: nothing invisible is listed.
        jdbc.sql("delete from program_member where program_id = ? and user_id = ?").params(program.id(), member)
                .update();
        signIn.as(program.customerMember());
        assertThat(notifications.waitingOnMe().isEmpty()).isTrue();
        assertThat(question.question()).isTrue();
    }

    @Test
    void aDigestIsSentOnceWhateverTheRunsNodesAndRestarts() throws Exception {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var drawings = actions.create(program.id(), ActionDraft.manual("Send the drawings", null, member,
                TestClock.today().plusDays(2), false));
        overdue(drawings.id());
        signIn.out();
        testEvents.publish(new PeopleMentioned(7, program.id(), sam, Set.of(member), "Readiness thread",
                "programs/" + program.id(), false));
        // A Tuesday, whatever day the suite runs: one digest is due (DigestWeekdayTest covers every weekday).
        var morning = java.time.Instant.parse("2026-12-15T09:00:00Z");
        jdbc.sql("update notification set created_at = ? where recipient_id = ?")
                .params(java.sql.Timestamp.from(morning.minusSeconds(3600)), member).update();

        // Two nodes at the same moment.
        var barrier = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            barrier.await();
            return job.runFor(member, morning);
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(node);
            var second = pool.submit(node);
            assertThat(first.get() + second.get()).isEqualTo(1);
        }
        // A later run, and the job after a restart (a new instance).
        assertThat(job.runFor(member, morning.plusSeconds(900))).isZero();
        var restarted = context.getAutowireCapableBeanFactory().createBean(DigestJob.class);
        assertThat(restarted.runFor(member, morning.plusSeconds(1800))).isZero();

        List<Mail> mails = testPeople.mailsTo(program.customerMember());
        assertThat(mails).extracting(Mail::subject).as("the mention at once, then one digest").containsExactly(
                "Your CoHelm daily digest", "Sam Okafor mentioned you on “Readiness thread”");
        var digest = mails.getFirst();
        assertThat(digest.subject()).isEqualTo("Your CoHelm daily digest");
        assertThat(digest.text()).contains("Sam Okafor gave you the action item “Send the drawings”")
                .contains("Waiting on you").contains("Overdue: Send the drawings")
                .contains("/programs/" + program.id() + "/actions?assignee=" + member)
                .contains("/programs/" + program.id() + "/actions?item=" + drawings.id());
        assertThat(digest.text()).as("the mention was mailed at once, not again in the digest")
                .doesNotContain("Readiness thread");
        assertThat(jdbc.sql("select count(*) from digest_sent where user_id = ?").param(member).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void noDigestBeforeSevenLocalTimeNorWhenThereIsNothingToSay() {
        var early = TestClock.today().atTime(6, 59).toInstant(ZoneOffset.UTC);
        assertThat(job.runFor(lead, early)).isZero();
        assertThat(jdbc.sql("select count(*) from digest_sent where user_id = ?").param(lead).query(Long.class)
                .single()).isZero();
        var later = early.plusSeconds(120);
        assertThat(job.runFor(lead, later)).isZero();
        assertThat(testPeople.mailsTo(program.customerLead())).isEmpty();
        assertThat(TestClock.now()).isNotNull();
    }
}
