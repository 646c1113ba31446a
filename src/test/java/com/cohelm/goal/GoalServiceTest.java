package com.cohelm.goal;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static com.cohelm.support.DemoLogins.CALLOWAY_PROGRAM;
import static com.cohelm.support.DemoLogins.VERDANT_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramService;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestSession.SignedInAs;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Goals on the real database: suggestions, validation, internal notes, conflicts and access. */
@CohelmServiceTest
class GoalServiceTest {

    @Autowired
    GoalService goals;
    @Autowired
    ProgramService programs;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    private long goalId(String title) {
        return jdbc.sql("select id from goal where title = ?").param(title).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A goal of the Calloway program made for one test, owned by its two leads. */
    private GoalDetails newCallowayGoal() {
        signIn.as("priya@northwind.example");
        var program = programs.find(demo.id(CALLOWAY_PROGRAM)).orElseThrow();
        return goals.create(program.id(), new GoalDraft("Test goal " + UUID.randomUUID(), "Because", "Uptime", "%",
                new BigDecimal("90"), new BigDecimal("99"), KpiDirection.UP, program.targetEndDate(),
                program.supplierLead().id(), program.customerLead().id()));
    }

    @Test
    @SignedInAs("admin@northwind.example")
    void theDemoGoalsShowEverySuggestedStatus() {
        Map<String, GoalSummary> all = java.util.stream.Stream.of(BRIGHTLINE_PROGRAM, VERDANT_PROGRAM, CALLOWAY_PROGRAM)
                .flatMap(name -> goals.goals(demo.id(name)).goals().stream())
                .collect(Collectors.toMap(GoalSummary::title, g -> g, (a, b) -> a));
        assertThat(all.get("First-pass yield on the launch line").suggestion()).map(StatusSuggestion::status)
                .contains(GoalStatus.ON_TRACK);
        assertThat(all.get("Test time per unit under 40 seconds").suggestion()).map(StatusSuggestion::status)
                .contains(GoalStatus.ACHIEVED);
        assertThat(all.get("Pilot line runs a full shift on our systems").suggestion())
                .map(StatusSuggestion::status).contains(GoalStatus.OFF_TRACK);
        var completeness = all.get("Complete yield data for every run");
        assertThat(completeness.status()).isEqualTo(GoalStatus.ON_TRACK);
        assertThat(completeness.differingSuggestion()).contains(GoalStatus.AT_RISK);
        assertThat(completeness.latest()).isPresent();
        assertThat(completeness.progress()).isBetween(0.0, 1.0);
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        var goal = newCallowayGoal();
        var programId = goal.programId();
        var draft = goal.toDraft();
        var goalsBefore = count("goal");
        var measurementsBefore = count("goal_measurement");

        assertField(() -> goals.create(programId, with(draft, draft.baseline(), draft.targetDate(),
                draft.supplierOwnerId())), "target");
        assertField(() -> goals.create(programId, with(draft, draft.target(), draft.targetDate().plusYears(3),
                draft.supplierOwnerId())), "targetDate");
        var sam = demo.personId("sam@northwind.example");
        assertField(() -> goals.create(programId, with(draft, draft.target(), draft.targetDate(), sam)),
                "supplierOwnerId");
        assertField(() -> goals.addMeasurement(programId, goal.summary().id(),
                new MeasurementDraft(TestClock.today().plusDays(2), BigDecimal.ONE, null)), "date");

        assertThat(count("goal")).isEqualTo(goalsBefore);
        assertThat(count("goal_measurement")).isEqualTo(measurementsBefore);
    }

    private static GoalDraft with(GoalDraft draft, BigDecimal target, LocalDate targetDate, long supplierOwner) {
        return new GoalDraft(draft.title(), draft.whyItMatters(), draft.metric(), draft.unit(), draft.baseline(),
                target, draft.direction(), targetDate, supplierOwner, draft.customerOwnerId());
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo(field);
    }

    @Test
    void aSecondMeasurementOnTheSameDayIsAddedBesideTheFirstAndCountsAsTheLatest() {
        var goal = newCallowayGoal();
        var id = goal.summary().id();
        var day = TestClock.today().minusDays(2);
        goals.addMeasurement(goal.programId(), id, new MeasurementDraft(day.minusDays(7), new BigDecimal("91"), null));
        goals.addMeasurement(goal.programId(), id, new MeasurementDraft(day, new BigDecimal("94.5"), "morning shift"));
        var after = goals.addMeasurement(goal.programId(), id,
                new MeasurementDraft(day, new BigDecimal("93.2"), "night shift"));

        assertThat(after.measurements()).extracting(MeasurementView::note)
                .as("both kept, newest first; on one day the one entered last first")
                .containsExactly("night shift", "morning shift", null);
        assertThat(after.measurementsOn(day)).extracting(m -> m.value().stripTrailingZeros().toPlainString())
                .containsExactly("93.2", "94.5");
        assertThat(after.summary().latest()).map(MeasurementPoint::value).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("93.2"));
        assertThat(goals.goals(goal.programId()).goals()).filteredOn(g -> g.id() == id).singleElement()
                .satisfies(g -> assertThat(g.latest().orElseThrow().value()).isEqualByComparingTo("93.2"));
        var labels = new GoalChart.ChartLabels(null, "Baseline", "Target", "Projection", "Measured");
        assertThat(GoalChart.svg(after, java.util.Locale.ENGLISH, labels))
                .as("both points are drawn").isNotBlank();
        assertThat(GoalChart.textAlternative(after, labels)).contains("93.2 %");
        assertThat(jdbc.sql("select count(*) from goal_measurement where goal_id = ? and measured_on = ?")
                .params(id, day).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void measurementsMoveTheSuggestionAndAreRecorded() throws Exception {
        var goal = newCallowayGoal();
        var id = goal.summary().id();
        assertThat(goal.summary().suggestion()).isEmpty();
        signIn.as("maya@calloway.example");
        var today = TestClock.today();
        goals.addMeasurement(goal.programId(), id, new MeasurementDraft(today.minusDays(20), new BigDecimal("90"), null));
        goals.addMeasurement(goal.programId(), id, new MeasurementDraft(today.minusDays(10), new BigDecimal("93"), null));
        var after = goals.addMeasurement(goal.programId(), id,
                new MeasurementDraft(today, new BigDecimal("99.5"), "New monitoring in place"));
        assertThat(after.summary().suggestion()).map(StatusSuggestion::status).contains(GoalStatus.ACHIEVED);
        assertThat(after.measurements()).first().satisfies(m -> {
            assertThat(m.recordedBy()).isEqualTo("Maya Singh");
            assertThat(m.note()).isEqualTo("New monitoring in place");
        });
        var events = jdbc.sql("select kind from activity_event where subject_type = 'goal' and subject_id = ?")
                .param(id).query(String.class).list();
        assertThat(events).contains("GOAL_CREATED").filteredOn("GOAL_MEASURED"::equals).hasSize(3);

        var csv = goals.measurementsCsv(goal.programId(), id);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.getLast().get("value")).isEqualTo("99.5");
        assertThat(records.getLast().get("note")).isEqualTo("New monitoring in place");
    }

    @Test
    void internalNotesNeverReachCustomerUsers() throws Exception {
        var verdant = demo.id(VERDANT_PROGRAM);
        var goalId = goalId("Complete yield data for every run");

        signIn.as("sam@northwind.example");
        var secret = "Escalate through Greta " + UUID.randomUUID();
        var forSupplier = goals.addInternalNote(verdant, goalId, secret);
        assertThat(forSupplier.internalNotes()).extracting(InternalNoteView::body).contains(secret);
        assertThat(goals.measurementsCsv(verdant, goalId)).doesNotContain(secret);

        for (var customer : new String[] {"victor@verdant.example", "greta@verdant.example"}) {
            signIn.as(customer);
            var details = goals.goal(verdant, goalId).orElseThrow();
            assertThat(details.internalNotes()).isEmpty();
            assertThat(details.permissions().internalNotes()).isFalse();
            assertThat(details.toString()).doesNotContain(secret);
            assertThat(goals.goals(verdant).toString()).doesNotContain(secret);
            assertThat(goals.measurementsCsv(verdant, goalId)).doesNotContain(secret);
            assertThat(programs.recentActivity(verdant)).noneMatch(a -> a.kind().name().equals("GOAL_NOTE_ADDED"));
            assertThatThrownBy(() -> goals.addInternalNote(verdant, goalId, "sneaky"))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("select supplier_internal from activity_event where kind = 'GOAL_NOTE_ADDED'")
                .query(Boolean.class).list()).isNotEmpty().containsOnly(true);
    }

    @Test
    void aConcurrentEditIsRefusedWithTheSavedVersion() {
        var goal = newCallowayGoal();
        signIn.as("carl@calloway.example");
        var carls = goals.goal(goal.programId(), goal.summary().id()).orElseThrow();
        signIn.as("priya@northwind.example");
        var priyas = goals.goal(goal.programId(), goal.summary().id()).orElseThrow();
        var saved = goals.update(goal.programId(), priyas.summary().id(), priyas.version(),
                new GoalDraft("Priya's title", priyas.whyItMatters(), "Uptime", "%", new BigDecimal("90"),
                        new BigDecimal("99"), KpiDirection.UP, priyas.summary().kpi().targetDate(),
                        priyas.summary().supplierOwner().id(), priyas.summary().customerOwner().id()));

        signIn.as("carl@calloway.example");
        assertThatThrownBy(() -> goals.update(goal.programId(), carls.summary().id(), carls.version(), carls.toDraft()))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<GoalDetails>current().summary().title()).isEqualTo("Priya's title"));
        assertThatThrownBy(() -> goals.confirmStatus(goal.programId(), carls.summary().id(), carls.version(),
                GoalStatus.AT_RISK, "Looks slow")).isInstanceOf(ConcurrentEditException.class);
        var confirmed = goals.confirmStatus(goal.programId(), carls.summary().id(), saved.version(),
                GoalStatus.AT_RISK, "Looks slow to us");
        assertThat(confirmed.summary().status()).isEqualTo(GoalStatus.AT_RISK);
        assertThat(confirmed.statusHistory()).first().satisfies(change -> {
            assertThat(change.changedBy()).isEqualTo("Carl Brennan");
            assertThat(change.reason()).isEqualTo("Looks slow to us");
        });
    }

    @Test
    void accessFollowsTheProgramAndTheGoalsOwners() {
        var brightline = demo.id(BRIGHTLINE_PROGRAM);
        var verdant = demo.id(VERDANT_PROGRAM);
        var verdantGoal = goalId("Complete yield data for every run");
        var brightlineGoal = goalId("First-pass yield on the launch line");

        signIn.as("bea@brightline.example");
        assertThatThrownBy(() -> goals.goals(verdant)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> goals.goal(verdant, verdantGoal)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(goals.goal(brightline, verdantGoal)).as("another program's goal").isEmpty();
        assertThatThrownBy(() -> goals.addMeasurement(brightline, verdantGoal,
                new MeasurementDraft(TestClock.today(), BigDecimal.ONE, null))).isInstanceOf(ResourceNotFoundException.class);

        signIn.as("olivia@brightline.example");
        var forViewer = goals.goal(brightline, brightlineGoal).orElseThrow();
        assertThat(forViewer.permissions()).isEqualTo(new GoalPermissions(false, false, false));
        assertThatThrownBy(() -> goals.addMeasurement(brightline, brightlineGoal,
                new MeasurementDraft(TestClock.today(), BigDecimal.ONE, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> goals.create(brightline, forViewer.toDraft())).isInstanceOf(AccessDeniedException.class);

        signIn.as("ben@brightline.example");
        var forMember = goals.goal(brightline, brightlineGoal).orElseThrow();
        assertThat(forMember.permissions()).isEqualTo(new GoalPermissions(false, true, false));
        assertThatThrownBy(() -> goals.update(brightline, brightlineGoal, forMember.version(), forMember.toDraft()))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("tomas@northwind.example");
        assertThat(goals.goal(brightline, brightlineGoal).orElseThrow().permissions())
                .isEqualTo(new GoalPermissions(false, true, true));
        signIn.as("bea@brightline.example");
        assertThat(goals.goal(brightline, brightlineGoal).orElseThrow().permissions())
                .isEqualTo(new GoalPermissions(true, true, false));
    }
}
