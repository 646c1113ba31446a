package com.cohelm.review;

import static com.cohelm.support.DemoLogins.CUSTOMER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.goal.GoalDraft;
import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramService;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.schedule.SlipCause;
import com.cohelm.schedule.SlipReport;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Review meetings on the real database: the agenda built from known changes, sign-off by one lead of
 * each side, a closed review that only takes amendments, minutes written at the same time by two people,
 * decisions and actions going into the plan, tenant isolation and push delivery filtered by access.
 * Every test works in a program of its own (Sam leads the supplier side, Tomás is a supplier member).
 */
@CohelmSpringTest
class ReviewServiceTest {

    private static final String SAM = SUPPLIER_MEMBER;
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    ReviewClosingService closing;
    @Autowired
    ReviewBroadcaster broadcaster;
    @Autowired
    GoalService goals;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    ActionService actions;
    @Autowired
    FeedbackService feedback;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    JdbcClient jdbc;

    private TestProgram program;
    private long programId;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Reviews");
        programId = program.id();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long person(String email) {
        return demo.personId(email);
    }

    private ReviewDraft draft(String title, Instant startsAt) {
        return new ReviewDraft(title, startsAt, 60, "Room 4 / video",
                Set.of(person(SAM), person(TOMAS), person(program.customerLead()), person(program.customerMember())));
    }

    /** A review that started ten minutes ago, scheduled by Sam; signs Sam in. */
    private ReviewDetails startedReview() {
        signIn.as(SAM);
        return reviews.schedule(programId, draft("Monthly review", TestClock.now().minus(Duration.ofMinutes(10))));
    }

    private long customItem(ReviewDetails review) {
        signIn.as(SAM);
        return reviews.addCustomItem(review.id(), "Open questions", "Anything *else*").agenda().getLast().id();
    }

    private long count(String table, long reviewId) {
        return jdbc.sql("select count(*) from " + table + " where review_id = ?").param(reviewId).query(Long.class).single();
    }

    private long activity(String kind, long reviewId) {
        return jdbc.sql("select count(*) from activity_event where kind = ? and subject_type = 'review' and subject_id = ?")
                .params(kind, reviewId).query(Long.class).single();
    }

    // ---------------------------------------------------------------- agenda

    @Test
    void theAgendaBuildsItselfFromWhatChangedSinceTheLastReview() {
        signIn.as(SAM);
        var today = TestClock.today();
        var goal = goals.create(programId, new GoalDraft("First-pass yield", "Fewer retests", "Yield", "%",
                new BigDecimal("80"), new BigDecimal("98"), KpiDirection.UP, today.plusMonths(3), person(SAM),
                person(program.customerLead())));
        goals.addMeasurement(programId, goal.summary().id(), new MeasurementDraft(today.minusDays(1),
                new BigDecimal("84"), "after the fixture swap"));
        var measured = goals.addMeasurement(programId, goal.summary().id(), new MeasurementDraft(today,
                new BigDecimal("86.5"), "line 2 only"));
        goals.confirmStatus(programId, goal.summary().id(), measured.version(), GoalStatus.AT_RISK,
                "Line 1 still retests a third");
        var milestone = milestoneService.create(programId, new MilestoneDraft("Golden unit signed", "", OwnerSide.SUPPLIER,
                person(TOMAS), today.plusDays(20), today.plusDays(20), Set.of(), Set.of(), null));
        var moved = milestone.toDraft();
        milestoneService.update(programId, milestone.row().id(), milestone.row().version(), new MilestoneDraft(moved.title(),
                moved.description(), moved.ownerSide(), moved.ownerId(), moved.baselineDate(), today.plusDays(30),
                moved.dependsOn(), moved.goalIds(), new SlipReport(SlipCause.EXTERNAL, "Customs held the boards",
                        "Air freight")));
        var late = actions.create(programId, ActionDraft.manual("Send the fixture drawings", null,
                person(program.customerMember()), today.plusDays(1), false));
        jdbc.sql("update action_item set due_date = ? where id = ?").params(today.minusDays(3), late.id()).update();

        var review = reviews.schedule(programId, draft("Monthly review", TestClock.now().minus(Duration.ofMinutes(5))));

        assertThat(review.agendaSince()).as("no earlier review: since the program started")
                .isEqualTo(TestClock.today().minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(review.agenda()).extracting(AgendaItemView::kind).as("one item per goal, with all that changed")
                .containsExactly("GOAL_AT_RISK", "MILESTONE_SLIP", "OVERDUE_ACTIONS");
        assertThat(review.agenda().get(0)).satisfies(item -> {
            assertThat(item.title()).isEqualTo("First-pass yield");
            assertThat(item.detail()).isEqualTo("Line 1 still retests a third");
            assertThat(item.refType()).isEqualTo("goal");
            assertThat(item.refId()).isEqualTo(goal.summary().id());
            assertThat(AgendaWords.english(item)).containsExactly("Status confirmed by the owners: At risk",
                    "2 measurements so far, latest 86.5 % on " + AgendaWords.day(today) + ": “line 2 only”");
            assertThat(AgendaWords.french(item)).containsExactly("Statut confirmé par les responsables : À risque",
                    "2 mesures jusqu’ici, la dernière 86,5 % le " + AgendaWords.jour(today) + " : « line 2 only »");
        });
        assertThat(review.agenda().get(1)).satisfies(item -> {
            assertThat(item.title()).isEqualTo("Golden unit signed");
            assertThat(item.side()).isEqualTo(Side.SUPPLIER);
            assertThat(item.detail()).contains("Customs held the boards");
            assertThat(AgendaWords.english(item)).containsExactly("Planned date moved from "
                    + AgendaWords.day(today.plusDays(20)) + " to " + AgendaWords.day(today.plusDays(30)));
        });
        assertThat(review.agenda().get(2)).satisfies(item -> {
            assertThat(item.side()).isEqualTo(Side.CUSTOMER);
            assertThat(item.title()).isEqualTo(program.customerName());
            assertThat(AgendaWords.english(item)).containsExactly("One action is overdue");
        });
        assertThat(reviews.overdueActions(review.id(), Side.CUSTOMER)).extracting(a -> a.title())
                .containsExactly("Send the fixture drawings");
        assertThat(activity("REVIEW_SCHEDULED", review.id())).isEqualTo(1);

        // Updating adds only what is new: a measurement of the same goal is already on the agenda.
        assertThat(reviews.updateAgenda(review.id())).isZero();
        var second = goals.create(programId, new GoalDraft("Station uptime", "Fewer stops", "Uptime", "%",
                new BigDecimal("90"), new BigDecimal("99"), KpiDirection.UP, today.plusMonths(2), person(TOMAS),
                person(program.customerLead())));
        goals.addMeasurement(programId, second.summary().id(), new MeasurementDraft(today, new BigDecimal("93"), null));
        assertThat(reviews.updateAgenda(review.id())).isEqualTo(1);
        assertThat(reviews.review(review.id()).orElseThrow().agenda()).extracting(AgendaItemView::title)
                .containsExactly("First-pass yield", "Golden unit signed", program.customerName(), "Station uptime");

        // The next review starts where this one started: what happened before is not on it again.
        jdbc.sql("update goal_measurement set recorded_at = ? where goal_id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(2))), second.summary().id()).update();
        jdbc.sql("update review set starts_at = ? where id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(1))), review.id()).update();
        jdbc.sql("update goal_status_change set changed_at = ? where goal_id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(2))), goal.summary().id()).update();
        jdbc.sql("update goal_measurement set recorded_at = ? where goal_id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(2))), goal.summary().id()).update();
        jdbc.sql("update milestone_slip set reported_at = ? where milestone_id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofDays(2))), milestone.row().id()).update();
        goals.addMeasurement(programId, goal.summary().id(), new MeasurementDraft(today, new BigDecimal("90"), "both lines"));
        var next = reviews.schedule(programId, draft("Next review", TestClock.now().plus(Duration.ofDays(14))));
        assertThat(next.agendaSince()).isCloseTo(TestClock.now().minus(Duration.ofDays(1)), within());
        assertThat(next.agenda()).extracting(AgendaItemView::kind)
                .as("the overdue action is still overdue; the rest happened before the last review")
                .containsExactly("GOAL_MEASURED", "OVERDUE_ACTIONS");
        assertThat(AgendaWords.english(next.agenda().getFirst())).containsExactly(
                "One measurement since the last review, latest 90 % on " + AgendaWords.day(today) + ": “both lines”");
    }

    @Test
    void feedbackGivenSinceTheLastReviewIsOnTheAgendaWithItsWordsAndSide() {
        signIn.as(program.customerMember());
        var criticism = feedback.create(programId, new FeedbackItemDraft(FeedbackKind.CRITICISM,
                "Slip news came late", "We heard of the fixture slip from our own buyer first.", null, null, false));

        signIn.as(SAM);
        var review = reviews.schedule(programId, draft("Monthly review", TestClock.now().plus(Duration.ofDays(1))));

        assertThat(review.agenda()).filteredOn(item -> item.kind().equals("FEEDBACK_ITEM")).singleElement()
                .satisfies(item -> {
                    assertThat(item.title()).isEqualTo("Slip news came late");
                    assertThat(item.detail()).isEqualTo("We heard of the fixture slip from our own buyer first.");
                    assertThat(item.side()).as("the side it came from").isEqualTo(Side.CUSTOMER);
                    assertThat(item.refType()).isEqualTo("feedback");
                    assertThat(item.refId()).isEqualTo(criticism.id());
                });
        signIn.as(program.customerLead());
        assertThat(reviews.review(review.id()).orElseThrow().agenda()).extracting(AgendaItemView::kind)
                .as("both sides read the same agenda").contains("FEEDBACK_ITEM");
    }

    private static org.assertj.core.data.TemporalUnitOffset within() {
        return new org.assertj.core.data.TemporalUnitWithinOffset(5, java.time.temporal.ChronoUnit.SECONDS);
    }

    @Test
    void leadsArrangeTheAgendaAndMembersMoveThePresenter() {
        var review = startedReview();
        var first = customItem(review);
        var second = reviews.addCustomItem(review.id(), "Next steps", null).agenda().getLast().id();
        reviews.moveItem(review.id(), second, -1);
        assertThat(reviews.review(review.id()).orElseThrow().agenda()).extracting(AgendaItemView::id)
                .containsExactly(second, first);

        signIn.as(TOMAS);
        assertThatThrownBy(() -> reviews.addCustomItem(review.id(), "Mine", null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.moveItem(review.id(), first, -1)).isInstanceOf(AccessDeniedException.class);
        meetings.show(review.id(), first);
        assertThat(reviews.review(review.id()).orElseThrow().currentItem()).get().extracting(AgendaItemView::id)
                .isEqualTo(first);
        assertThat(meetings.step(review.id(), -1)).contains(second);
        assertThat(meetings.step(review.id(), -1)).as("the first item stays first").contains(second);

        signIn.as(program.viewer());
        assertThatThrownBy(() -> meetings.show(review.id(), first)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.addNote(review.id(), first, "viewer")).isInstanceOf(AccessDeniedException.class);
        assertThat(reviews.review(review.id())).as("viewers read").isPresent();
    }

    @Test
    void schedulingNeedsBothSidesAndMembersOnly() {
        signIn.as(SAM);
        var now = TestClock.now().plus(Duration.ofDays(3));
        assertThatThrownBy(() -> reviews.schedule(programId, new ReviewDraft("One-sided", now, 60, null,
                Set.of(person(SAM), person(TOMAS)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("attendeeIds");
                    assertThat(e.messageKey()).isEqualTo("review.error.both-sides");
                });
        assertThatThrownBy(() -> reviews.schedule(programId, new ReviewDraft("Outsider", now, 60, null,
                Set.of(person(SAM), person(CUSTOMER_ADMIN)))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("review.error.attendee"));
        assertThat(reviews.count(programId)).isZero();
    }

    // ---------------------------------------------------------------- sign-off, immutability, amendments

    @Test
    void oneLeadOfEachSideSignsOffAndThenTheReviewIsClosed() {
        var review = startedReview();
        var item = customItem(review);

        for (var notLead : List.of(TOMAS, program.customerMember(), program.viewer(), SUPPLIER_ADMIN)) {
            signIn.as(notLead);
            assertThatThrownBy(() -> closing.signOff(review.id())).as(notLead).isInstanceOf(AccessDeniedException.class);
        }

        signIn.as(SAM);
        var signed = closing.signOff(review.id());
        assertThat(signed.state()).isEqualTo(ReviewState.OPEN);
        assertThat(signed.signOffs().getFirst().signedBy().email()).isEqualTo(SAM);
        assertThat(signed.signOffs().getLast().signed()).isFalse();
        assertRefused(() -> closing.signOff(review.id()), "review.error.already-signed");
        assertRefused(() -> meetings.addNote(review.id(), item, "after signing"), "review.error.signed");
        closing.withdrawSignOff(review.id());
        meetings.addNote(review.id(), item, "A last word before signing");
        closing.signOff(review.id());

        signIn.as(program.customerLead());
        var closed = closing.signOff(review.id());
        assertThat(closed.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.signOffs()).allSatisfy(s -> assertThat(s.signed()).isTrue());
        assertThat(activity("REVIEW_SIGNED_OFF", review.id())).isEqualTo(3);
        assertThat(activity("REVIEW_SIGN_OFF_WITHDRAWN", review.id())).isEqualTo(1);
        assertThat(activity("REVIEW_CLOSED", review.id())).isEqualTo(1);
    }

    @Test
    void aReviewIsSignedOffOnlyOnceTheMeetingStarted() {
        signIn.as(SAM);
        var review = reviews.schedule(programId, draft("Later", TestClock.now().plus(Duration.ofDays(2))));
        assertThat(review.permissions().signOff()).isFalse();
        assertRefused(() -> closing.signOff(review.id()), "review.error.not-started");
    }

    @Test
    void aClosedReviewIsNeverChangedOnlyAmended() {
        var review = startedReview();
        var item = customItem(review);
        meetings.addNote(review.id(), item, "Agreed to ship 3.2");
        closing.signOff(review.id());
        signIn.as(program.customerLead());
        assertRefused(() -> closing.amend(review.id(), "too early"), "review.error.amend-open");
        closing.signOff(review.id());
        var notes = count("review_note", review.id());
        var items = count("review_item", review.id());

        for (var who : List.of(SAM, program.customerLead(), SUPPLIER_ADMIN)) {
            signIn.as(who);
            assertRefused(() -> meetings.addNote(review.id(), item, "late note"), "review.error.closed");
            assertRefused(() -> meetings.recordDecision(review.id(), item,
                    new DecisionDraft("late", person(SAM), person(program.customerLead()))), "review.error.closed");
            assertRefused(() -> meetings.addAction(review.id(), item, new ReviewActionDraft("late",
                    person(TOMAS), TestClock.today().plusDays(5))), "review.error.closed");
            assertRefused(() -> reviews.addCustomItem(review.id(), "late", null), "review.error.closed");
            assertRefused(() -> reviews.moveItem(review.id(), item, 1), "review.error.closed");
            assertRefused(() -> reviews.updateAgenda(review.id()), "review.error.closed");
            assertRefused(() -> meetings.show(review.id(), item), "review.error.closed");
            assertRefused(() -> reviews.update(review.id(), review.version(), draft("Renamed", TestClock.now())),
                    "review.error.closed");
            assertRefused(() -> closing.withdrawSignOff(review.id()), "review.error.closed");
        }
        assertThat(count("review_note", review.id())).isEqualTo(notes);
        assertThat(count("review_item", review.id())).isEqualTo(items);

        signIn.as(TOMAS);
        var amendment = closing.amend(review.id(), "Correction: **3.2.1**, not 3.2");
        assertThat(amendment.author().email()).isEqualTo(TOMAS);
        assertThat(amendment.createdAt()).isCloseTo(TestClock.now(), within());
        assertThat(amendment.html()).contains("<strong>3.2.1</strong>");
        signIn.as(program.customerLead());
        closing.amend(review.id(), "Agreed.");
        var read = reviews.review(review.id()).orElseThrow();
        assertThat(read.amendments()).extracting(AmendmentView::markdown)
                .containsExactly("Correction: **3.2.1**, not 3.2", "Agreed.");
        assertThat(read.agenda().getLast().notes()).extracting(NoteView::markdown).containsExactly("Agreed to ship 3.2");
        assertThat(read.permissions().capture()).isFalse();
        assertThat(read.permissions().amend()).isTrue();
        assertThat(activity("REVIEW_AMENDED", review.id())).isEqualTo(2);
        signIn.as(program.viewer());
        assertThatThrownBy(() -> closing.amend(review.id(), "viewer")).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertRefused(ThrowingCallable change, String key) {
        assertThatThrownBy(change).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    // ---------------------------------------------------------------- minutes, decisions, actions

    @Test
    void twoPeopleWritingMinutesAtOnceLoseNothing() throws Exception {
        var review = startedReview();
        var item = customItem(review);
        var writers = List.of(SAM, program.customerLead(), TOMAS, program.customerMember());
        var perWriter = 15;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers.size());
        try {
            var done = new ArrayList<Future<?>>();
            for (var writer : writers) {
                done.add(pool.submit(() -> {
                    signIn.as(writer);
                    try {
                        start.await();
                        for (int i = 0; i < perWriter; i++) {
                            meetings.addNote(review.id(), item, writer + " note " + i);
                        }
                    } finally {
                        signIn.out();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        signIn.as(SAM);
        var notes = reviews.review(review.id()).orElseThrow().agenda().getLast().notes();
        assertThat(notes).hasSize(writers.size() * perWriter);
        for (var writer : writers) {
            assertThat(notes.stream().filter(n -> n.author().email().equals(writer)).map(NoteView::markdown)
                    .collect(Collectors.toSet())).as(writer).hasSize(perWriter);
        }
        assertThat(activity("REVIEW_NOTE_ADDED", review.id())).isEqualTo(writers.size() * perWriter);
    }

    @Test
    void decisionsNameWhoAgreedOnEachSideAndActionsGoIntoThePlan() {
        var review = startedReview();
        var item = customItem(review);
        signIn.as(program.customerLead());
        var decision = meetings.recordDecision(review.id(), item, new DecisionDraft("Ship 3.2 on Friday",
                person(TOMAS), person(program.customerLead())));
        assertThat(decision.supplierAgreed().email()).isEqualTo(TOMAS);
        assertThat(decision.customerAgreed().email()).isEqualTo(program.customerLead());
        assertThatThrownBy(() -> meetings.recordDecision(review.id(), item, new DecisionDraft("Swapped",
                person(program.customerLead()), person(TOMAS))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("supplierAgreedById"));

        var action = meetings.addAction(review.id(), item, new ReviewActionDraft("Flash line 1 with 3.2",
                person(TOMAS), TestClock.today().plusDays(7)));
        assertThat(action.origin()).isEqualTo(ActionOrigin.REVIEW);
        assertThat(action.originId()).isEqualTo(review.id());
        assertThat(actions.fromOrigin(programId, ActionOrigin.REVIEW, review.id())).extracting(a -> a.title())
                .containsExactly("Flash line 1 with 3.2");
        assertThatThrownBy(() -> meetings.addAction(review.id(), item, new ReviewActionDraft("Yesterday",
                person(TOMAS), TestClock.today().minusDays(2))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("dueDate"));

        var read = reviews.review(review.id()).orElseThrow();
        assertThat(read.agenda().getLast().decisions()).extracting(DecisionView::text).containsExactly("Ship 3.2 on Friday");
        assertThat(read.agenda().getLast().actions()).extracting(a -> a.title()).containsExactly("Flash line 1 with 3.2");
        assertThat(read.decisions()).hasSize(1);
        assertThat(activity("REVIEW_DECISION_RECORDED", review.id())).isEqualTo(1);
        assertThat(activity("REVIEW_ACTION_ADDED", review.id())).isEqualTo(1);
    }

    // ---------------------------------------------------------------- access

    @Test
    void anotherTenantsReviewAnswersAsNotFound() {
        var review = startedReview();
        var item = customItem(review);
        signIn.as(CUSTOMER_ADMIN);
        assertThat(reviews.review(review.id())).isEmpty();
        assertThat(reviews.programOf(review.id())).isEmpty();
        assertThatThrownBy(() -> meetings.addNote(review.id(), item, "peek")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> reviews.reviews(programId, org.springframework.data.domain.PageRequest.of(0, 10)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> closing.signOff(review.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThat(reviews.review(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void pushReachesOnlyThoseWhoMayStillSeeTheProgram() throws Exception {
        var review = startedReview();
        var item = customItem(review);
        var tomas = signIn.as(TOMAS);
        var member = signIn.as(program.customerMember());
        var toTomas = new CopyOnWriteArrayList<ReviewUpdate>();
        var toMember = new CopyOnWriteArrayList<ReviewUpdate>();
        var tomasRegistration = broadcaster.register(review.id(), tomas, toTomas::add);
        broadcaster.register(review.id(), member, toMember::add);
        assertThat(broadcaster.listenerCount(review.id())).isEqualTo(2);

        signIn.as(SAM);
        meetings.addNote(review.id(), item, "Both see this");
        await(() -> toTomas.size() == 1 && toMember.size() == 1);
        assertThat(toTomas.getFirst().what()).isEqualTo(ReviewUpdate.What.MINUTES);

        // The customer member leaves the program mid-meeting.
        signIn.as(SUPPLIER_ADMIN);
        var details = programs.find(programId).orElseThrow();
        var draft = details.toDraft();
        programEdits.update(programId, details.version(), new ProgramDraft(draft.customerId(), draft.name(),
                draft.successDefinition(), draft.startDate(), draft.targetEndDate(), draft.status(),
                draft.supplierLeadId(), draft.customerLeadId(), draft.supplierMemberIds(),
                Set.of(person(program.viewer()))));

        signIn.as(SAM);
        meetings.addNote(review.id(), item, "Only members see this");
        await(() -> toTomas.size() == 2);
        await(() -> broadcaster.listenerCount(review.id()) == 1);
        assertThat(toMember).as("nothing after losing access").hasSize(1);

        tomasRegistration.remove();
        assertThat(broadcaster.listenerCount(review.id())).as("a closed screen unregisters").isZero();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not delivered within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
