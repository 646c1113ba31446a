package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.conversation.PeopleMentioned;
import com.cohelm.feedback.PulseService;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.review.UpcomingReviews;
import com.cohelm.program.ProgramDirectory;
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
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Each kind of notification reaches the people it concerns, never the person who acted, never someone
 * who may not see the program, never a customer for supplier-internal content; and nobody reads or marks
 * another person's notifications.
 */
@CohelmSpringTest
class NotificationServiceTest {

    private static final String SAM = "Sam Okafor";

    @Autowired
    NotificationService notifications;
    @Autowired
    ActionService actions;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    RebaselineService rebaselineService;
    @Autowired
    PulseService pulseService;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewReminderJob reminders;
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
    @Autowired
    Clock clock;
    @Autowired
    UpcomingReviews reviewsUpcoming;
    @Autowired
    NotificationCenter center;
    @Autowired
    ProgramDirectory programs;
    @Autowired
    PlatformTransactionManager transactions;

    TestProgram program;
    long sam;
    long tomas;
    long lead;
    long member;
    long viewer;

    @BeforeEach
    void setUp() {
        program = testPrograms.create("Notified");
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

    @Test
    void anActionItemNotifiesItsAssigneeAndAQuestionTheOneAsked() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var due = TestClock.today().plusDays(5);
        var item = actions.create(program.id(), ActionDraft.manual("Share the fixture drawings", null, member, due,
                false));
        actions.create(program.id(), ActionDraft.manual("Which fixtures do you use?", null, lead, due, true));
        actions.create(program.id(), ActionDraft.manual("My own homework", null, sam, due, false));
        testEvents.awaitHandled();

        assertThat(kindsOf(member)).containsExactly("ASSIGNED");
        assertThat(kindsOf(lead)).containsExactly("QUESTION_WAITING");
        assertThat(kindsOf(sam)).isEmpty();

        // Reassigned: the new assignee hears of it; the one who reassigned does not.
        actions.update(program.id(), item.id(), item.version(), new ActionDraft(item.title(), null, tomas, due,
                item.status(), null, false, item.origin(), null));
        testEvents.awaitHandled();
        assertThat(kindsOf(tomas)).containsExactly("ASSIGNED");

        signIn.as(program.customerMember());
        var mine = notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 10));
        assertThat(mine).extracting(NotificationView::subjectTitle).contains("Share the fixture drawings");
        var first = mine.stream().filter(n -> n.programId() == program.id()).findFirst().orElseThrow();
        assertThat(first.actorName()).isEqualTo(SAM);
        assertThat(first.link()).isEqualTo("programs/" + program.id() + "/actions?assignee=" + member);
    }

    @Test
    void aSlipNotifiesTheOwnersOfTheMilestoneAndOfWhatDependsOnIt() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today();
        // Joint, so that Sam (the supplier lead) may slip it though a customer member owns it (decision 0023).
        var first = milestoneService.create(program.id(), new MilestoneDraft("Fixtures calibrated", null, OwnerSide.JOINT,
                member, today.plusDays(20), today.plusDays(20), Set.of(), Set.of(), null)).row();
        milestoneService.create(program.id(), new MilestoneDraft("Line 1 qualified", null, OwnerSide.SUPPLIER, tomas,
                today.plusDays(40), today.plusDays(40), Set.of(first.id()), Set.of(), null));
        milestoneService.create(program.id(), new MilestoneDraft("Unrelated", null, OwnerSide.CUSTOMER, lead,
                today.plusDays(40), today.plusDays(40), Set.of(), Set.of(), null));

        milestoneService.update(program.id(), first.id(), first.version(), new MilestoneDraft("Fixtures calibrated", null,
                OwnerSide.JOINT, member, today.plusDays(20), today.plusDays(30), Set.of(), Set.of(),
                new SlipReport(SlipCause.SUPPLIER, "Boards late", "Second shift")));
        testEvents.awaitHandled();

        assertThat(kindsOf(member)).containsExactly("MILESTONE_SLIPPED");
        assertThat(kindsOf(tomas)).containsExactly("MILESTONE_SLIPPED");
        assertThat(kindsOf(lead)).as("the other side's lead answers the slip").containsExactly("SLIP_TO_ANSWER");
        assertThat(kindsOf(sam)).isEmpty();

        // The proposal awaits the customer lead's decision.
        rebaselineService.proposeRebaseline(program.id(), new RebaselineDraft("Boards arrived late",
                List.of(new ProposedBaseline(first.id(), today.plusDays(30)))));
        testEvents.awaitHandled();
        assertThat(kindsOf(lead)).containsExactly("SLIP_TO_ANSWER", "REBASELINE_AWAITING");
        assertThat(kindsOf(sam)).isEmpty();
    }

    @Test
    void aPulseNotifiesThoseWhoMayAnswerItAndAReviewItsAttendeesOnce() {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        pulseService.openPulse(program.id(), TestClock.today().plusDays(7));
        testEvents.awaitHandled();
        assertThat(kindsOf(tomas)).containsExactly("PULSE_OPEN");
        assertThat(kindsOf(lead)).containsExactly("PULSE_OPEN");
        assertThat(kindsOf(member)).containsExactly("PULSE_OPEN");
        assertThat(kindsOf(viewer)).as("viewers do not answer pulses").isEmpty();
        assertThat(kindsOf(sam)).isEmpty();

        var starts = clock.instant().plus(Duration.ofHours(10));
        reviews.schedule(program.id(), new ReviewDraft("Launch readiness review", starts, 60, null,
                Set.of(sam, lead, viewer)));
        reviews.schedule(program.id(), new ReviewDraft("Next month's review", starts.plus(Duration.ofDays(30)), 60,
                null, Set.of(sam, member)));
        signIn.out();

        reminders.run(clock.instant());
        reminders.run(clock.instant());
        // A second node, or the job after a restart: the unique key keeps it to one per review and person.
        new ReviewReminderJob(reviewsUpcoming, center, programs, transactions, clock).run(clock.instant());

        assertThat(kindsOf(sam)).containsExactly("REVIEW_TOMORROW");
        assertThat(kindsOf(viewer)).containsExactly("REVIEW_TOMORROW");
        assertThat(kindsOf(lead)).containsExactly("PULSE_OPEN", "REVIEW_TOMORROW");
        assertThat(kindsOf(member)).containsExactly("PULSE_OPEN");
    }

    @Test
    void aMentionReachesOnlyThoseWhoMaySeeItAndInternalOnesOnlyTheSupplier() {
        var stranger = demo.personId(testPrograms.create("Elsewhere").customerMember());
        var link = "programs/" + program.id() + "/goals";
        testEvents.publish(new PeopleMentioned(1, program.id(), sam, Set.of(sam, lead, tomas, stranger),
                "Internal pricing thread", link, true));
        assertThat(kindsOf(tomas)).containsExactly("MENTIONED");
        assertThat(kindsOf(lead)).as("a customer never hears of a supplier-internal thread").isEmpty();
        assertThat(kindsOf(sam)).as("the author").isEmpty();

        testEvents.publish(new PeopleMentioned(2, program.id(), sam, Set.of(lead, stranger), "Launch readiness", link,
                false));
        assertThat(kindsOf(lead)).containsExactly("MENTIONED");
        assertThat(jdbc.sql("select count(*) from notification where recipient_id = ?").param(stranger)
                .query(Long.class).single()).as("someone of another customer").isZero();

        signIn.as(program.customerLead());
        var mention = notifications.mine(NotificationFilter.UNREAD, PageRequest.of(0, 5)).getFirst();
        assertThat(mention.subjectTitle()).isEqualTo("Launch readiness");
        assertThat(notifications.open(mention.id())).isEqualTo(link);
        assertThat(notifications.mine(NotificationFilter.UNREAD, PageRequest.of(0, 5)))
                .extracting(NotificationView::id).doesNotContain(mention.id());
    }

    @Test
    void onlyTheRecipientReadsAndMarksANotificationAndOnlyWhileTheyMaySeeItsProgram() {
        testEvents.publish(new PeopleMentioned(3, program.id(), sam, Set.of(lead, member), "Readiness",
                "programs/" + program.id(), false));
        signIn.as(program.customerLead());
        var leads = notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 5)).getFirst();
        signIn.as(program.customerMember());
        assertThatThrownBy(() -> notifications.markRead(leads.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> notifications.open(leads.id())).isInstanceOf(ResourceNotFoundException.class);
        var members = notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 5)).getFirst();
        assertThat(notifications.unreadCount()).isPositive();

        // Taken off the program: the notification is no longer listed and opens like a missing one.
        jdbc.sql("delete from program_member where program_id = ? and user_id = ?").params(program.id(), member)
                .update();
        assertThat(notifications.mine(NotificationFilter.ALL, PageRequest.of(0, 50)))
                .extracting(NotificationView::programId).doesNotContain(program.id());
        assertThatThrownBy(() -> notifications.open(members.id())).isInstanceOf(ResourceNotFoundException.class);
        // ...and nothing new about that program reaches them.
        testEvents.publish(new PeopleMentioned(4, program.id(), sam, Set.of(member), "After removal",
                "programs/" + program.id(), false));
        assertThat(kindsOf(member)).hasSize(1);

        signIn.as(program.customerLead());
        assertThat(notifications.markAllRead()).isPositive();
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void emailSettingsHaveDefaultsAreValidatedAndRefuseAStaleSave() {
        signIn.as(program.customerMember());
        var defaults = notifications.emailSettings();
        assertThat(defaults.version()).isNull();
        assertThat(defaults.deliveries()).containsEntry(NotificationKind.MENTIONED, EmailDelivery.IMMEDIATELY)
                .containsEntry(NotificationKind.QUESTION_WAITING, EmailDelivery.IMMEDIATELY)
                .containsEntry(NotificationKind.ASSIGNED, EmailDelivery.DAILY);

        var incomplete = new EnumMap<>(defaults.deliveries());
        incomplete.remove(NotificationKind.PULSE_OPEN);
        assertThatThrownBy(() -> notifications.saveEmailSettings(null, incomplete))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("PULSE_OPEN"));

        var chosen = new EnumMap<>(defaults.deliveries());
        chosen.put(NotificationKind.PULSE_OPEN, EmailDelivery.OFF);
        var saved = notifications.saveEmailSettings(null, chosen);
        assertThat(saved.deliveries()).containsEntry(NotificationKind.PULSE_OPEN, EmailDelivery.OFF);
        assertThat(saved.version()).isNotNull();

        // Another tab still holds the defaults: its save is refused with what is stored now.
        assertThatThrownBy(() -> notifications.saveEmailSettings(null, Map.copyOf(defaults.deliveries())))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(
                        ((EmailSettings) e.current()).deliveries()).containsEntry(NotificationKind.PULSE_OPEN,
                        EmailDelivery.OFF));
        chosen.put(NotificationKind.ASSIGNED, EmailDelivery.WEEKLY);
        var again = notifications.saveEmailSettings(saved.version(), chosen);
        assertThat(again.version()).isGreaterThan(saved.version());
        assertThatThrownBy(() -> notifications.saveEmailSettings(saved.version(), chosen))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(notifications.emailSettings().deliveries()).containsEntry(NotificationKind.ASSIGNED,
                EmailDelivery.WEEKLY);
    }

    @Test
    void twoTabsSavingTheFirstSettingsAtOnceGiveOneSaveAndOneConflict() throws Exception {
        // Each round is a person who never saved: both tabs hold the defaults (no version) and save together.
        for (var person : List.of(program.customerMember(), program.customerLead(), program.viewer())) {
            signIn.as(person);
            var defaults = notifications.emailSettings();
            signIn.out();
            var start = new CyclicBarrier(2);
            Callable<String> tab = () -> {
                signIn.as(person);
                try {
                    var chosen = new EnumMap<>(defaults.deliveries());
                    chosen.put(NotificationKind.ASSIGNED, EmailDelivery.WEEKLY);
                    start.await(10, TimeUnit.SECONDS);
                    notifications.saveEmailSettings(null, chosen);
                    return "saved";
                } catch (ConcurrentEditException conflict) {
                    assertThat(((EmailSettings) conflict.current()).version()).isNotNull();
                    return "conflict";
                } finally {
                    signIn.out();
                }
            };
            var pool = Executors.newFixedThreadPool(2);
            try {
                var first = pool.submit(tab);
                var second = pool.submit(tab);
                assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
                        .as("two first saves by %s", person).containsExactlyInAnyOrder("saved", "conflict");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
