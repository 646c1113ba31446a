package com.cohelm.review;

import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.GoalStatus;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A closed review is a record (decision 0027): its agenda's words follow the data until the meeting and then stay
 * as discussed; closing keeps what the page, the presentation and the PDF show about each item's data, and later
 * changes appear beside the record as "since the review closed", never in its place.
 */
@CohelmSpringTest
class ReviewRecordTest {

    private static final String SAM = SUPPLIER_MEMBER;
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    ReviewClosingService closing;
    @Autowired
    ReviewFacts facts;
    @Autowired
    ReviewSummaryPdf pdf;
    @Autowired
    GoalService goals;
    @Autowired
    ActionService actions;
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
    private LocalDate today;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Records");
        programId = program.id();
        today = TestClock.today();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ReviewDraft draft(java.time.Instant startsAt) {
        return new ReviewDraft("Monthly review", startsAt, 60, null, Set.of(demo.personId(SAM), demo.personId(TOMAS),
                demo.personId(program.customerLead())));
    }

    /** A yield goal measured 84 % two days ago and 86.5 % yesterday; Sam is signed in. */
    private long measuredGoal() {
        signIn.as(SAM);
        var goal = goals.create(programId, new GoalDraft("First-pass yield", "Fewer retests", "Yield", "%",
                new BigDecimal("80"), new BigDecimal("98"), KpiDirection.UP, today.plusMonths(3), demo.personId(SAM),
                demo.personId(program.customerLead())));
        var id = goal.summary().id();
        goals.addMeasurement(programId, id, new MeasurementDraft(today.minusDays(2), new BigDecimal("84"), null));
        goals.addMeasurement(programId, id, new MeasurementDraft(today.minusDays(1), new BigDecimal("86.5"), null));
        return id;
    }

    private void measure(long goalId, LocalDate day, String value) {
        signIn.as(SAM);
        goals.addMeasurement(programId, goalId, new MeasurementDraft(day, new BigDecimal(value), null));
    }

    private AgendaItemView goalItem(long reviewId) {
        signIn.as(SAM);
        return reviews.review(reviewId).orElseThrow().agenda().stream().filter(i -> "goal".equals(i.refType()))
                .findFirst().orElseThrow();
    }

    @Test
    void theAgendaFollowsTheDataUntilTheMeetingAndThenStaysAsDiscussed() {
        var goalId = measuredGoal();
        var review = reviews.schedule(programId, draft(TestClock.now().plus(Duration.ofDays(2))));
        assertThat(AgendaWords.english(goalItem(review.id()))).containsExactly(
                "2 measurements so far, latest 86.5 % on " + AgendaWords.day(today.minusDays(1)));

        measure(goalId, today, "87.2");
        assertThat(AgendaWords.english(goalItem(review.id()))).as("a proposal until the meeting: true when read")
                .containsExactly("3 measurements so far, latest 87.2 % on " + AgendaWords.day(today));

        // the meeting has begun; the first change to the review freezes its agenda
        jdbc.sql("update review set starts_at = ? where id = ?")
                .params(Timestamp.from(TestClock.now().minus(Duration.ofMinutes(5))), review.id()).update();
        signIn.as(SAM);
        meetings.addNote(review.id(), goalItem(review.id()).id(), "Line 2 is ready");
        measure(goalId, today, "87.9");

        assertThat(AgendaWords.english(goalItem(review.id()))).as("frozen: as it was discussed")
                .containsExactly("3 measurements so far, latest 87.2 % on " + AgendaWords.day(today));
        assertThat(jdbc.sql("select agenda_frozen_at is not null from review where id = ?").param(review.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aClosedReviewShowsWhatWasTrueWhenItClosedOnItsPageAndInItsPdf() throws Exception {
        var goalId = measuredGoal();
        var review = reviews.schedule(programId, draft(TestClock.now().minus(Duration.ofMinutes(10))));
        var itemId = goalItem(review.id()).id();
        signIn.as(SAM);
        var action = meetings.addAction(review.id(), itemId, new com.cohelm.review.ReviewActionDraft(
                "Flash line 1 with 3.2", demo.personId(TOMAS), today.plusDays(5)));
        closing.signOff(review.id());
        signIn.as(program.customerLead());
        var closed = closing.signOff(review.id());
        assertThat(closed.closedAt()).isNotNull();

        // after closing: a new measurement, a new status, the action done
        measure(goalId, today, "91");
        signIn.as(SAM);
        var goal = goals.goal(programId, goalId).orElseThrow();
        goals.confirmStatus(programId, goalId, goal.version(), GoalStatus.AT_RISK, "Line 1 retests again");
        actions.changeStatus(programId, action.id(), action.version(), ActionStatus.DONE, null);

        for (var reader : new String[] {SAM, program.customerLead()}) {
            signIn.as(reader);
            var data = facts.item(review.id(), itemId);
            assertThat(data.asOf()).isCloseTo(closed.closedAt(), within(1, ChronoUnit.MILLIS));
            assertThat(data.goal().latest().orElseThrow().value()).as(reader).isEqualByComparingTo("86.5");
            assertThat(data.goal().points()).hasSize(2);
            assertThat(data.goal().status()).isEqualTo(GoalStatus.ON_TRACK);
            assertThat(AgendaWords.english(data.sinceClosing())).containsExactly(
                    "latest measurement now 91 % on " + AgendaWords.day(today), "status now At risk");
            var agreed = reviews.review(review.id()).orElseThrow().agenda().stream()
                    .filter(i -> i.id() == itemId).findFirst().orElseThrow().actions();
            assertThat(agreed).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("Flash line 1 with 3.2");
                assertThat(a.status()).as("as agreed; the plan shows it done").isEqualTo(ActionStatus.OPEN);
            });
        }

        signIn.as(program.customerLead());
        var table = facts.goals(review.id());
        assertThat(table.asOf()).isCloseTo(closed.closedAt(), within(1, ChronoUnit.MILLIS));
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.latestValue()).isEqualByComparingTo("86.5");
            assertThat(AgendaWords.english(row.sinceClosing())).contains(
                    "latest measurement now 91 % on " + AgendaWords.day(today));
        });

        var bytes = pdf.pdf(review.id(), AgendaWords.translator(Locale.ENGLISH), Locale.ENGLISH, ZoneId.of("UTC"));
        try (var document = Loader.loadPDF(bytes)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("This summary shows what was true when the review closed");
            assertThat(text).contains("86.5 % · " + AgendaWords.day(today.minusDays(1)));
            assertThat(text).doesNotContain("91 % · " + AgendaWords.day(today));
            assertThat(text).contains("Since the review closed: latest measurement now 91 % on " + AgendaWords.day(today));
            assertThat(text).contains("2 measurements so far, latest 86.5 %");
        }
    }

    @Test
    void aReviewClosedBeforeRecordsWereKeptSaysItShowsTodaysData() {
        measuredGoal();
        var review = reviews.schedule(programId, draft(TestClock.now().minus(Duration.ofMinutes(10))));
        var itemId = goalItem(review.id()).id();
        signIn.as(SAM);
        closing.signOff(review.id());
        signIn.as(program.customerLead());
        closing.signOff(review.id());
        jdbc.sql("delete from review_snapshot where review_id = ?").param(review.id()).update();

        var data = facts.item(review.id(), itemId);
        assertThat(data.asOf()).as("no record: today's data, said so on the page").isNull();
        assertThat(data.goal().latest().orElseThrow().value()).isEqualByComparingTo("86.5");
        assertThat(facts.goals(review.id()).asOf()).isNull();
    }
}
