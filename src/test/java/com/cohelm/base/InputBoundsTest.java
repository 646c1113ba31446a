package com.cohelm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
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
import com.cohelm.support.TestPrograms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28 §4: the dates and numbers that once let a milestone of 9999-12-31 grow a timeline to 18.8 MB are
 * refused by every service at the field they belong to, with the range in the message, and nothing is saved
 * (decision 0033). Each test uses a program of its own running from 30 days before the suite's today to six
 * months after, so the window of its dates is a year wider on each side.
 */
@CohelmSpringTest
class InputBoundsTest {

    private static final LocalDate YEAR_1000 = LocalDate.of(1000, 1, 1);
    private static final LocalDate YEAR_9999 = LocalDate.of(9999, 12, 31);

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    GoalService goals;
    @Autowired
    ActionService actions;
    @Autowired
    ReviewService reviews;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    RebaselineService rebaselineService;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;

    LocalDate today;
    long programId;
    long sam;
    long customerLead;
    /** From a year before the program's start to a year after its target end. */
    DateRange window;

    @BeforeEach
    void program() {
        today = TestClock.today();
        var program = testPrograms.create("Bounds");
        programId = program.id();
        sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        customerLead = demo.personId(program.customerLead());
        window = new DateRange(today.minusDays(30).minusYears(1), today.plusMonths(6).plusYears(1));
        signIn.as(DemoLogins.SUPPLIER_MEMBER); // the program's supplier lead
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private static InvalidInputException refused(ThrowingCallable call) {
        var e = catchThrowableOfType(InvalidInputException.class, call);
        assertThat(e).as("refused").isNotNull();
        return e;
    }

    private static void refusedAt(ThrowingCallable call, String field, String key) {
        var e = refused(call);
        assertThat(e.field()).isEqualTo(field);
        assertThat(e.messageKey()).isEqualTo(key);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where program_id = ?").param(programId)
                .query(Long.class).single();
    }

    // ---------------------------------------------------------------- program

    private ProgramDraft programDraft(LocalDate start, LocalDate end) {
        return new ProgramDraft(demo.organizationId("Calloway Motor Works"), "Bounded " + UUID.randomUUID(),
                "Dates a person can mean", start, end, ProgramStatus.ACTIVE, demo.personId("priya@northwind.example"),
                demo.personId("carl@calloway.example"), Set.of(), Set.of());
    }

    @Test
    void aProgramStartsAndEndsWithinTwentyYearsOfToday() {
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var before = jdbc.sql("select count(*) from program").query(Long.class).single();

        var early = refused(() -> programEdits.create(programDraft(YEAR_1000, today.plusMonths(6))));
        assertThat(early.field()).isEqualTo("startDate");
        assertThat(early.messageKey()).isEqualTo("program.error.date-range");
        assertThat(early.args()).containsExactly(today.minusYears(20), today.plusYears(20));
        refusedAt(() -> programEdits.create(programDraft(today, YEAR_9999)), "targetEndDate",
                "program.error.date-range");
        refusedAt(() -> programEdits.create(programDraft(today, today.plusYears(20).plusDays(1))), "targetEndDate",
                "program.error.date-range");
        assertThat(jdbc.sql("select count(*) from program").query(Long.class).single()).isEqualTo(before);

        assertThatCode(() -> programEdits.create(programDraft(today.minusYears(20), today.plusYears(20))))
                .doesNotThrowAnyException();
    }

    @Test
    void aProgramDatedBeforeTheBoundsStillSavesWithItsDatesUnchangedButTakesNoNewOneOutside() {
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var old = today.minusYears(30);
        jdbc.sql("update program set start_date = ? where id = ?").params(old, programId).update();
        var details = programs.find(programId).orElseThrow();
        var draft = details.toDraft();
        var renamed = new ProgramDraft(draft.customerId(), draft.name() + " renamed", draft.successDefinition(),
                draft.startDate(), draft.targetEndDate(), draft.status(), draft.supplierLeadId(), draft.customerLeadId(),
                draft.supplierMemberIds(), draft.customerMemberIds());
        var saved = programEdits.update(programId, details.version(), renamed);
        assertThat(saved.startDate()).isEqualTo(old);

        var later = new ProgramDraft(draft.customerId(), renamed.name(), draft.successDefinition(), draft.startDate(),
                YEAR_9999, draft.status(), draft.supplierLeadId(), draft.customerLeadId(), draft.supplierMemberIds(),
                draft.customerMemberIds());
        refusedAt(() -> programEdits.update(programId, saved.version(), later), "targetEndDate",
                "program.error.date-range");
    }

    // ---------------------------------------------------------------- goal values and measurements

    private GoalDraft goalDraft(String unit, String baseline, String target) {
        return new GoalDraft("Bounded goal", "Numbers a person can mean", "Yield", unit, new BigDecimal(baseline),
                new BigDecimal(target), KpiDirection.UP, today.plusMonths(3), sam, customerLead);
    }

    @Test
    void aKpiBaselineAndTargetStayWithinAMillionMillion() {
        var before = count("goal");
        refusedAt(() -> goals.create(programId, goalDraft("units", "-1000000000001", "10")), "baseline",
                "goal.error.value-range");
        refusedAt(() -> goals.create(programId, goalDraft("units", "0", "1000000000000.5")), "target",
                "goal.error.value-range");
        assertThat(count("goal")).isEqualTo(before);

        assertThatCode(() -> goals.create(programId, goalDraft("units", "-1000000000000", "1000000000000")))
                .doesNotThrowAnyException();
    }

    @Test
    void aMeasurementIsDatedFromAYearBeforeTheProgramToTodayAndItsValueIsBounded() {
        var share = goals.create(programId, goalDraft("%", "90", "98")).summary().id();
        var growth = goals.create(programId, goalDraft("%", "100", "140")).summary().id();
        var rows = jdbc.sql("select count(*) from goal_measurement where goal_id in (?, ?)").params(share, growth);
        var before = rows.query(Long.class).single();

        var early = refused(() -> goals.addMeasurement(programId, share, new MeasurementDraft(YEAR_1000,
                new BigDecimal("95"), null)));
        assertThat(early.field()).isEqualTo("date");
        assertThat(early.messageKey()).isEqualTo("goal.error.measured-range");
        assertThat(early.args()).containsExactly(window.min(), today);
        refusedAt(() -> goals.addMeasurement(programId, share, new MeasurementDraft(window.min().minusDays(1),
                new BigDecimal("95"), null)), "date", "goal.error.measured-range");
        refusedAt(() -> goals.addMeasurement(programId, share, new MeasurementDraft(YEAR_9999,
                new BigDecimal("95"), null)), "date", "goal.error.measured-in-future");
        refusedAt(() -> goals.addMeasurement(programId, growth, new MeasurementDraft(today,
                new BigDecimal("1E+13"), null)), "value", "goal.error.value-range");
        refusedAt(() -> goals.addMeasurement(programId, share, new MeasurementDraft(today,
                new BigDecimal("150"), null)), "value", "goal.error.share-range");
        assertThat(rows.query(Long.class).single()).isEqualTo(before);

        // a share's ends, the window's first day, and a "%" that is not a share above 100
        goals.addMeasurement(programId, share, new MeasurementDraft(window.min(), new BigDecimal("0"), null));
        goals.addMeasurement(programId, share, new MeasurementDraft(today, new BigDecimal("100"), null));
        goals.addMeasurement(programId, growth, new MeasurementDraft(today, new BigDecimal("150"), null));
        assertThat(rows.query(Long.class).single()).isEqualTo(before + 3);
    }

    // ---------------------------------------------------------------- actions and questions

    @Test
    void anActionIsDueFromTodayToAYearAfterTheProgram() {
        var before = count("action_item");
        var late = refused(() -> actions.create(programId, ActionDraft.manual("Far away", null, sam, YEAR_9999,
                false)));
        assertThat(late.field()).isEqualTo("dueDate");
        assertThat(late.messageKey()).isEqualTo("actions.error.due-range");
        assertThat(late.args()).containsExactly(today, window.max());
        refusedAt(() -> actions.create(programId, ActionDraft.manual("Just too far", null, sam,
                window.max().plusDays(1), false)), "dueDate", "actions.error.due-range");
        assertThat(count("action_item")).isEqualTo(before);

        var item = actions.create(programId, ActionDraft.manual("At the edge", null, sam, window.max(), false));
        var moved = new ActionDraft(item.title(), null, sam, YEAR_9999, item.status(), null, false, item.origin(),
                null);
        refusedAt(() -> actions.update(programId, item.id(), item.version(), moved), "dueDate",
                "actions.error.due-range");
    }

    @Test
    void aQuestionIsDueWithinTheSameBounds() {
        var before = count("action_item");
        refusedAt(() -> actions.create(programId, ActionDraft.manual("Which fixtures?", null, customerLead,
                YEAR_9999, true)), "dueDate", "actions.error.due-range");
        assertThat(count("action_item")).isEqualTo(before);
        assertThatCode(() -> actions.create(programId, ActionDraft.manual("Which fixtures?", null, customerLead,
                window.max(), true))).doesNotThrowAnyException();
    }

    // ---------------------------------------------------------------- reviews

    private ReviewDraft reviewOn(LocalDate day) {
        return new ReviewDraft("Bounded review", day.atTime(10, 0).toInstant(ZoneOffset.UTC), 60, null,
                Set.of(sam, customerLead));
    }

    @Test
    void aReviewIsHeldWithinAYearOfTheProgramsDates() {
        var before = count("review");
        var late = refused(() -> reviews.schedule(programId, reviewOn(YEAR_9999)));
        assertThat(late.field()).isEqualTo("startsAt");
        assertThat(late.messageKey()).isEqualTo("review.error.date-range");
        refusedAt(() -> reviews.schedule(programId, reviewOn(YEAR_1000)), "startsAt", "review.error.date-range");
        assertThat(count("review")).isEqualTo(before);
        assertThat(reviews.datesAllowed(programId)).isEqualTo(window);

        var review = reviews.schedule(programId, reviewOn(today.plusDays(7)));
        refusedAt(() -> reviews.update(review.id(), review.version(), reviewOn(YEAR_9999)), "startsAt",
                "review.error.date-range");
    }

    // ---------------------------------------------------------------- milestones

    private MilestoneDraft milestoneOn(LocalDate baseline, LocalDate planned) {
        return new MilestoneDraft("Bounded milestone", null, OwnerSide.SUPPLIER, sam, baseline, planned, Set.of(),
                Set.of(), null);
    }

    @Test
    void aMilestoneIsDatedWithinAYearOfTheProgramsDates() {
        var before = count("milestone");
        var late = refused(() -> milestoneService.create(programId, milestoneOn(YEAR_9999, YEAR_9999)));
        assertThat(late.field()).isEqualTo("baselineDate");
        assertThat(late.messageKey()).isEqualTo("schedule.error.date-range");
        assertThat(late.args()).containsExactly(window.min(), window.max());
        refusedAt(() -> milestoneService.create(programId, milestoneOn(today.plusDays(10), YEAR_1000)), "plannedDate",
                "schedule.error.date-range");
        assertThat(count("milestone")).isEqualTo(before);

        var milestone = milestoneService.create(programId, milestoneOn(window.max(), today.plusDays(10)));
        var row = milestone.row();
        var slip = milestone.toDraft().withSlip(new SlipReport(SlipCause.SUPPLIER, "Far", "None"));
        var farPlan = new MilestoneDraft(slip.title(), slip.description(), slip.ownerSide(), slip.ownerId(),
                slip.baselineDate(), YEAR_9999, slip.dependsOn(), slip.goalIds(), slip.slip());
        refusedAt(() -> milestoneService.update(programId, row.id(), row.version(), farPlan), "plannedDate",
                "schedule.error.date-range");
        refusedAt(() -> milestoneService.markDone(programId, row.id(), row.version(), YEAR_1000), "doneDate",
                "schedule.error.date-range");
        refusedAt(() -> rebaselineService.proposeRebaseline(programId, new RebaselineDraft("Much later",
                List.of(new ProposedBaseline(row.id(), YEAR_9999)))), "items", "schedule.error.date-range");
        var stored = jdbc.sql("select planned_date from milestone where id = ?").param(row.id())
                .query(LocalDate.class).single();
        assertThat(stored).isEqualTo(today.plusDays(10));
    }
}
