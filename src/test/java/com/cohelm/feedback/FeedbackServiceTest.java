package com.cohelm.feedback;

import static com.cohelm.support.DemoLogins.CALLOWAY_PROGRAM;
import static com.cohelm.support.DemoLogins.SUPPLIER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.action.ActionFilter;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramService;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Feedback both ways on the real database: blind pulses and when they are revealed, the net promoter score,
 * internal supplier answers kept from customers, one answer per person, items answered by the addressed
 * side only, never deleted, with their history; validation that saves nothing, conflicts, access, the
 * cadence job, and the contracts other features rely on. Each test works in a program of its own.
 */
@CohelmSpringTest
class FeedbackServiceTest {

    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    com.cohelm.support.TestEvents testEvents;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;
    @Autowired
    PulseScoreSource scores;
    @Autowired
    PulseScheduler scheduler;
    @Autowired
    ActionService actions;
    @Autowired
    ProgramService programs;
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
        program = testPrograms.create("Feedback");
        programId = program.id();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    static Map<PulseQuestion, Integer> customer(int communication, int responsiveness, int quality, int schedule) {
        var map = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        map.put(PulseQuestion.COMMUNICATION, communication);
        map.put(PulseQuestion.RESPONSIVENESS, responsiveness);
        map.put(PulseQuestion.QUALITY, quality);
        map.put(PulseQuestion.SCHEDULE, schedule);
        return map;
    }

    static Map<PulseQuestion, Integer> supplier(int specs, int speed, int access) {
        var map = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        map.put(PulseQuestion.SPEC_CLARITY, specs);
        map.put(PulseQuestion.FEEDBACK_SPEED, speed);
        map.put(PulseQuestion.DECISION_ACCESS, access);
        return map;
    }

    private PulseView openPulse() {
        signIn.as(SUPPLIER_MEMBER);
        return pulseService.openPulse(programId, TestClock.today().plusDays(7));
    }

    private PulseView answer(String who, long pulseId, Map<PulseQuestion, Integer> scores, Integer recommend,
            String comment, boolean internal) {
        signIn.as(who);
        return pulseService.answer(programId, pulseId, null, new PulseAnswerDraft(scores, recommend, comment, internal));
    }

    private PulseView pulseAs(String who, long pulseId) {
        signIn.as(who);
        return feedback.page(programId).pulses().stream().filter(p -> p.id() == pulseId).findFirst().orElseThrow();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private FeedbackItemView give(String who, FeedbackKind kind, String title, boolean shownAsOrganization) {
        signIn.as(who);
        return feedback.create(programId, new FeedbackItemDraft(kind, title, "Because it matters.", null, null,
                shownAsOrganization));
    }

    private void nothingSaved(String table, ThrowingCallable call, Class<? extends Throwable> expected) {
        var before = count(table);
        assertThatThrownBy(call).isInstanceOf(expected);
        assertThat(count(table)).isEqualTo(before);
    }

    @Test
    void aPulseStaysBlindUntilEveryoneAskedHasAnsweredThenClosesAndBothSeeTheResults() {
        var pulse = openPulse();
        assertThat(pulse.revealed()).isFalse();

        var afterCustomer = answer(program.customerLead(), pulse.id(), customer(5, 4, 4, 3), 9, "Great calls", false);
        assertThat(afterCustomer.revealed()).isFalse();
        assertThat(afterCustomer.result()).isNull();
        assertThat(afterCustomer.mine().scores()).containsEntry(PulseQuestion.COMMUNICATION, 5);

        // The supplier sees that someone answered, and nothing of what was answered.
        var supplierView = pulseAs(TOMAS, pulse.id());
        assertThat(supplierView.customerAnswered()).isEqualTo(1);
        assertThat(supplierView.result()).isNull();
        assertThat(supplierView.comments()).isEmpty();
        assertThat(supplierView.mine()).isNull();
        // Nor does the activity feed carry the answers.
        assertThat(jdbc.sql("select count(*) from activity_event where subject_type = 'pulse' and subject_id = ?"
                + " and (after_state like '%COMMUNICATION%' or after_state like '%Great%')").param(pulse.id())
                .query(Long.class).single()).isZero();
        // A second customer answer does not lift the blind either, nor a first supplier answer: Sam is asked too.
        assertThat(answer(program.customerMember(), pulse.id(), customer(4, 4, 4, 4), 6, null, false).revealed())
                .isFalse();
        assertThat(answer(TOMAS, pulse.id(), supplier(2, 3, 4), null, "Specs change late", false).revealed())
                .isFalse();

        // The last one asked answers (the viewer is not asked): the pulse closes and both sides see the results.
        var afterSupplier = answer(SUPPLIER_MEMBER, pulse.id(), supplier(4, 3, 2), null, null, false);
        assertThat(afterSupplier.revealed()).isTrue();
        assertThat(afterSupplier.open()).as("nobody is left to answer").isFalse();
        assertThat(afterSupplier.acceptsAnswers()).isFalse();
        assertThat(afterSupplier.result().averages()).containsEntry(PulseQuestion.COMMUNICATION, 4.5)
                .containsEntry(PulseQuestion.SPEC_CLARITY, 3.0);
        // 9 is a promoter, 6 a detractor: (1 - 1) / 2
        assertThat(afterSupplier.result().netPromoter()).isEqualTo(new NetPromoter(1, 0, 1, 0));
        assertThat(afterSupplier.result().largestGap()).get().extracting(PerceptionGap::theme)
                .isEqualTo(PulseTheme.INFORMATION);

        var customerView = pulseAs(program.customerMember(), pulse.id());
        assertThat(customerView.revealed()).isTrue();
        assertThat(customerView.result().supplierAverage()).isEqualTo(3.0);
        assertThat(customerView.comments()).extracting(PulseComment::text).containsExactly("Specs change late",
                "Great calls");
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'PULSE_REVEALED' and subject_id = ?")
                .param(pulse.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void internalSupplierAnswersNeverReachACustomerNorMakeACustomerVisibleResultAppear() {
        var pulse = openPulse();
        answer(program.customerLead(), pulse.id(), customer(4, 4, 4, 4), 10, null, false);
        answer(program.customerMember(), pulse.id(), customer(4, 4, 4, 4), 9, "Solid work", false);
        var internal = answer(TOMAS, pulse.id(), supplier(1, 1, 1), null, "Their vendor is the risk", true);
        assertThat(internal.revealed()).as("an internal answer is not an answer the customer sees").isFalse();
        assertThat(pulseAs(program.customerLead(), pulse.id()).supplierAnswered()).isZero();

        // Everyone asked has answered, but customers may count one supplier answer: below the minimum of 2,
        // so the pulse waits for its closing day or the lead.
        assertThat(answer(SUPPLIER_MEMBER, pulse.id(), supplier(5, 5, 5), null, "Great partner", false).revealed())
                .isFalse();
        signIn.as(SUPPLIER_MEMBER);
        pulseService.closePulse(programId, pulse.id(), pulseAs(SUPPLIER_MEMBER, pulse.id()).version());

        var customerView = pulseAs(program.customerLead(), pulse.id());
        assertThat(customerView.revealed()).isTrue();
        assertThat(customerView.supplierAnswered()).isEqualTo(1);
        assertThat(customerView.result().shows(Side.SUPPLIER)).isFalse();
        assertThat(customerView.result().supplierRespondents()).isEqualTo(1);
        assertThat(customerView.result().supplierAverage()).isNull();
        assertThat(customerView.result().averages()).doesNotContainKeys(PulseQuestion.of(Side.SUPPLIER)
                .toArray(PulseQuestion[]::new));
        assertThat(customerView.result().gaps()).isEmpty();
        assertThat(customerView.comments()).extracting(PulseComment::text).containsExactly("Solid work");
        var supplierView = pulseAs(TOMAS, pulse.id());
        assertThat(supplierView.supplierAnswered()).isEqualTo(2);
        assertThat(supplierView.result().shows(Side.SUPPLIER)).isTrue();
        assertThat(supplierView.result().supplierAverage()).isEqualTo(3.0);
        assertThat(supplierView.result().largestGap()).isPresent();
        assertThat(supplierView.comments()).filteredOn(PulseComment::internal).extracting(PulseComment::text)
                .containsExactly("Their vendor is the risk");
        assertThat(supplierView.mine().internal()).isTrue();
        assertThat(supplierView.internalAnswers()).as("the supplier is told its figures differ").isEqualTo(1);
        assertThat(customerView.internalAnswers()).as("the customer learns nothing of it").isZero();
        // The internal answer's event is for the supplier's eyes only.
        assertThat(jdbc.sql("select supplier_internal from activity_event where kind = 'PULSE_ANSWERED'"
                + " and subject_id = ? and actor_id = ?").params(pulse.id(), demo.personId(TOMAS))
                .query(Boolean.class).single()).isTrue();

        // Relationship health reads what customers may see: one supplier answer is too few.
        var health = scores.latestRevealed(List.of(programId)).get(programId);
        assertThat(health.supplierRatingOfCollaboration()).isNull();
        assertThat(health.customerRatingOfSupplier()).isEqualTo(4.0);
        assertThat(health.netPromoterScore()).isEqualTo(100);
        assertThat(health.revealedOn()).isEqualTo(TestClock.today());
    }

    @Test
    void closingRevealsAndEndsAnswers() {
        var pulse = openPulse();
        answer(program.customerLead(), pulse.id(), customer(3, 3, 3, 3), 7, null, false);
        signIn.as(SUPPLIER_MEMBER);
        var closed = pulseService.closePulse(programId, pulse.id(), pulse.version());
        assertThat(closed.revealed()).isTrue();
        assertThat(closed.open()).isFalse();
        // One answer is never shown: no "0 (0 promoters, 1 passive…)"
        assertThat(closed.result().netPromoter()).isEqualTo(new NetPromoter(0, 0, 0, null));
        assertThat(closed.result().customerRespondents()).isEqualTo(1);
        nothingSaved("pulse_response", () -> answer(TOMAS, pulse.id(), supplier(3, 3, 3), null, null, false),
                InvalidInputException.class);
        var customerAnswer = pulseAs(program.customerLead(), pulse.id()).mine();
        signIn.as(program.customerLead());
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), customerAnswer.version(),
                customerAnswer.toDraft())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("feedback.error.pulse-revealed");
        // Closing twice, from a stale page, is a conflict
        signIn.as(SUPPLIER_MEMBER);
        assertThatThrownBy(() -> pulseService.closePulse(programId, pulse.id(), pulse.version()))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void onePersonHasOneAnswerPerPulseWhichTheyEditUntilItCloses() {
        var pulse = openPulse();
        var first = answer(program.customerLead(), pulse.id(), customer(2, 2, 2, 2), 3, "Meh", false).mine();
        signIn.as(program.customerLead());
        var second = pulseService.answer(programId, pulse.id(), first.version(),
                new PulseAnswerDraft(customer(4, 4, 4, 4), 8, "Better after the call", false)).mine();
        assertThat(second.scores()).containsEntry(PulseQuestion.QUALITY, 4);
        assertThat(second.comment()).isEqualTo("Better after the call");
        assertThat(jdbc.sql("select count(*) from pulse_response where pulse_id = ?").param(pulse.id())
                .query(Long.class).single()).isEqualTo(1);
        // From a stale window, or as a "first" answer again: a conflict, nothing overwritten
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), first.version(),
                new PulseAnswerDraft(customer(1, 1, 1, 1), 0, null, false))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), null,
                new PulseAnswerDraft(customer(1, 1, 1, 1), 0, null, false))).isInstanceOf(ConcurrentEditException.class);
        assertThat(pulseAs(program.customerLead(), pulse.id()).mine().recommend()).isEqualTo(8);
        // The database holds the rule too
        assertThatThrownBy(() -> jdbc.sql("insert into pulse_response (pulse_id, respondent_id, side, communication,"
                + " responsiveness, quality, schedule, recommend, submitted_at, updated_at)"
                + " values (?, ?, 'CUSTOMER', 1, 1, 1, 1, 1, '2026-01-01 10:00', '2026-01-01 10:00')")
                .params(pulse.id(), demo.personId(program.customerLead())).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void badAnswersGetAMessageAtTheirFieldAndSaveNothing() {
        var pulse = openPulse();
        var lead = program.customerLead();
        invalid(lead, pulse.id(), customer(6, 4, 4, 4), 5, "COMMUNICATION");
        invalid(lead, pulse.id(), customer(0, 4, 4, 4), 5, "COMMUNICATION");
        var missing = customer(4, 4, 4, 4);
        missing.remove(PulseQuestion.SCHEDULE);
        invalid(lead, pulse.id(), missing, 5, "SCHEDULE");
        invalid(lead, pulse.id(), customer(4, 4, 4, 4), 11, "recommend");
        invalid(lead, pulse.id(), customer(4, 4, 4, 4), null, "recommend");
        var mixed = customer(4, 4, 4, 4);
        mixed.put(PulseQuestion.SPEC_CLARITY, 3);
        invalid(lead, pulse.id(), mixed, 5, "SPEC_CLARITY");
        invalid(TOMAS, pulse.id(), customer(4, 4, 4, 4), null, "COMMUNICATION");
        signIn.as(program.viewer());
        nothingSaved("pulse_response", () -> pulseService.answer(programId, pulse.id(), null,
                new PulseAnswerDraft(customer(4, 4, 4, 4), 5, null, false)), AccessDeniedException.class);
        assertThat(pulseAs(SUPPLIER_MEMBER, pulse.id()).revealed()).isFalse();
    }

    private void invalid(String who, long pulseId, Map<PulseQuestion, Integer> scores, Integer recommend, String field) {
        signIn.as(who);
        var before = count("pulse_response");
        assertThatThrownBy(() -> pulseService.answer(programId, pulseId, null, new PulseAnswerDraft(scores, recommend, null,
                false))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(count("pulse_response")).isEqualTo(before);
    }

    @Test
    void onlySupplierLeadsOpenPulsesAndOnlyOneAtATime() {
        signIn.as(program.customerLead());
        nothingSaved("pulse", () -> pulseService.openPulse(programId, TestClock.today().plusDays(7)),
                AccessDeniedException.class);
        signIn.as(TOMAS);
        nothingSaved("pulse", () -> pulseService.openPulse(programId, TestClock.today().plusDays(7)),
                AccessDeniedException.class);
        signIn.as(SUPPLIER_MEMBER);
        nothingSaved("pulse", () -> pulseService.openPulse(programId, TestClock.today().minusDays(1)),
                InvalidInputException.class);
        nothingSaved("pulse", () -> pulseService.openPulse(programId, TestClock.today().plusDays(91)),
                InvalidInputException.class);
        pulseService.openPulse(programId, TestClock.today().plusDays(7));
        nothingSaved("pulse", () -> pulseService.openPulse(programId, TestClock.today().plusDays(7)),
                InvalidInputException.class);
        signIn.as(SUPPLIER_ADMIN);
        assertThat(feedback.page(programId).canManagePulses()).isTrue();
    }

    @Test
    void theCadenceOpensOnePulsePerPeriodHoweverOftenTheJobRuns() {
        signIn.as(SUPPLIER_MEMBER);
        assertThat(pulseService.setCadence(programId, feedback.page(programId).cadenceVersion(), PulseCadence.MONTHLY)).isEqualTo(PulseCadence.MONTHLY);
        var version = feedback.page(programId).cadenceVersion();
        assertThatThrownBy(() -> pulseService.setCadence(programId, version + 1, PulseCadence.QUARTERLY))
                .isInstanceOf(ConcurrentEditException.class);
        signIn.out();
        var day = TestClock.today();
        var mine = "select count(*) from pulse where program_id = " + programId;
        scheduler.openDue(day);
        scheduler.openDue(day);
        assertThat(jdbc.sql(mine).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select period_key from pulse where program_id = ?").param(programId).query(String.class)
                .single()).isEqualTo(PulseCadence.MONTHLY.periodKey(day));
        // A second node inserting the same period at the same moment is stopped by the unique key
        assertThatThrownBy(() -> jdbc.sql("insert into pulse (program_id, title, period_key, opened_at, closes_on)"
                + " values (?, 'x', ?, '2026-01-01 10:00:00', ?)")
                .params(programId, PulseCadence.MONTHLY.periodKey(day), day).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // Past its closing day the job closes it (and reveals it); next month opens the next one. (The job
        // looks at every program: only this program's pulse is made overdue, so other tests' pulses stay open.)
        jdbc.sql("update pulse set closes_on = ? where program_id = ?").params(day.minusDays(1), programId).update();
        assertThat(scheduler.closeOverdue(day)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select count(*) from pulse where program_id = ? and closed_at is not null"
                + " and revealed_at is not null").param(programId).query(Long.class).single()).isEqualTo(1);
        var nextMonth = day.plusMonths(1);
        scheduler.openDue(nextMonth);
        scheduler.openDue(nextMonth);
        assertThat(jdbc.sql(mine).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select actor_label from activity_event where kind = 'PULSE_OPENED' and program_id = ?"
                + " order by id desc limit 1").param(programId).query(String.class).single()).isEqualTo("CoHelm");
        // On hold, the program keeps its cadence but gets no new pulse
        jdbc.sql("update pulse set closed_at = ?, revealed_at = ? where program_id = ?")
                .params(java.sql.Timestamp.from(TestClock.now()), java.sql.Timestamp.from(TestClock.now()), programId)
                .update();
        jdbc.sql("update program set status = 'ON_HOLD' where id = ?").param(programId).update();
        scheduler.openDue(day.plusMonths(2));
        assertThat(jdbc.sql(mine).query(Long.class).single()).isEqualTo(2);
        jdbc.sql("update program set status = 'ACTIVE' where id = ?").param(programId).update();
        scheduler.openDue(day.plusMonths(2));
        assertThat(jdbc.sql(mine).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void feedbackIsAnsweredOnlyByTheSideItIsAddressedTo() {
        var criticism = give(program.customerMember(), FeedbackKind.CRITICISM, "Release notes come late", false);
        assertThat(criticism.fromSide()).isEqualTo(Side.CUSTOMER);
        assertThat(criticism.toSide()).isEqualTo(Side.SUPPLIER);
        assertThat(criticism.mayRespond()).isFalse();

        signIn.as(program.customerLead());
        assertThatThrownBy(() -> feedback.respond(programId, criticism.id(), criticism.version(),
                new FeedbackResponseDraft(FeedbackStatus.ACKNOWLEDGED, "We agree with ourselves", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.error.own-side"));
        assertThat(item(criticism.id()).status()).isEqualTo(FeedbackStatus.OPEN);

        signIn.as(TOMAS);
        var acknowledged = feedback.respond(programId, criticism.id(), criticism.version(),
                new FeedbackResponseDraft(FeedbackStatus.ACKNOWLEDGED, "Fair point", null, null));
        assertThat(acknowledged.respondedBy().id()).isEqualTo(demo.personId(TOMAS));
        assertThat(acknowledged.response()).isEqualTo("Fair point");
        // Resolving needs what was learned, declining a reason; going back is refused. Nothing changes.
        badResponse(acknowledged, new FeedbackResponseDraft(FeedbackStatus.RESOLVED, "Done", null, " "), "learned");
        badResponse(acknowledged, new FeedbackResponseDraft(FeedbackStatus.DECLINED, null, "", null), "declineReason");
        badResponse(acknowledged, new FeedbackResponseDraft(FeedbackStatus.OPEN, null, null, null), "status");
        var resolved = feedback.respond(programId, criticism.id(), acknowledged.version(),
                new FeedbackResponseDraft(FeedbackStatus.RESOLVED, "Notes go out first now", null,
                        "Notes two days before each update"));
        assertThat(resolved.learned()).isEqualTo("Notes two days before each update");
        assertThat(resolved.mayRespond()).isFalse();
        badResponse(resolved, new FeedbackResponseDraft(FeedbackStatus.DECLINED, null, "Changed our mind", null),
                "status");
        // A stale page: the conflict carries the item as it is now
        assertThatThrownBy(() -> feedback.respond(programId, criticism.id(), criticism.version(),
                new FeedbackResponseDraft(FeedbackStatus.DECLINED, null, "No", null)))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<FeedbackItemView>current().status()).isEqualTo(FeedbackStatus.RESOLVED));

        // The other way round: the supplier's idea is answered by the customer, declined with a reason
        var idea = give(SUPPLIER_MEMBER, FeedbackKind.IDEA, "Spare scanners", false);
        signIn.as(program.customerMember());
        var declined = feedback.respond(programId, idea.id(), idea.version(),
                new FeedbackResponseDraft(FeedbackStatus.DECLINED, null, "No budget this year", null));
        assertThat(declined.declineReason()).isEqualTo("No budget this year");
        signIn.as(program.viewer());
        assertThatThrownBy(() -> feedback.respond(programId, idea.id(), declined.version(),
                new FeedbackResponseDraft(FeedbackStatus.ACKNOWLEDGED, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void badResponse(FeedbackItemView item, FeedbackResponseDraft draft, String field) {
        var before = jdbc.sql("select concat(status, '/', version) from feedback_item where id = ?").param(item.id())
                .query(String.class).single();
        assertThatThrownBy(() -> feedback.respond(programId, item.id(), item.version(), draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
        assertThat(jdbc.sql("select concat(status, '/', version) from feedback_item where id = ?").param(item.id())
                .query(String.class).single()).isEqualTo(before);
    }

    private FeedbackItemView item(long itemId) {
        return feedback.item(programId, itemId).orElseThrow();
    }

    @Test
    void badFeedbackGetsAMessageAndSavesNothing() {
        signIn.as(program.customerMember());
        nothingSaved("feedback_item", () -> feedback.create(programId, new FeedbackItemDraft(FeedbackKind.CRITICISM,
                "Late", "  ", null, null, false)), ConstraintViolationException.class);
        nothingSaved("feedback_item", () -> feedback.create(programId, new FeedbackItemDraft(FeedbackKind.CRITICISM,
                "", "Body", null, null, false)), ConstraintViolationException.class);
        nothingSaved("feedback_item", () -> feedback.create(programId, new FeedbackItemDraft(null, "Late", "Body",
                null, null, false)), ConstraintViolationException.class);
        var calloway = demo.id(CALLOWAY_PROGRAM);
        var otherGoal = jdbc.sql("select min(id) from goal where program_id = ?").param(calloway).query(Long.class)
                .single();
        nothingSaved("feedback_item", () -> feedback.create(programId, new FeedbackItemDraft(FeedbackKind.CRITICISM,
                "Late", "Body", otherGoal, null, false)), InvalidInputException.class);
        signIn.as(program.viewer());
        nothingSaved("feedback_item", () -> feedback.create(programId, new FeedbackItemDraft(FeedbackKind.PRAISE,
                "Nice", "Body", null, null, false)), AccessDeniedException.class);
    }

    @Test
    void feedbackIsNeverDeletedAndEveryEarlierWordingStaysReadableByBothSides() {
        var item = give(program.customerMember(), FeedbackKind.CRITICISM, "Specs are vague", false);
        signIn.as(program.customerMember());
        var edited = feedback.edit(programId, item.id(), item.version(), new FeedbackItemDraft(FeedbackKind.CRITICISM,
                "Specs are vague in places", "Section 4 contradicts section 2.", null, null, false));
        assertThat(edited.revisions()).isEqualTo(1);
        assertThatThrownBy(() -> feedback.edit(programId, item.id(), item.version(), item.toDraft()))
                .isInstanceOf(ConcurrentEditException.class);
        signIn.as(TOMAS);
        assertThatThrownBy(() -> feedback.edit(programId, item.id(), edited.version(), item.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        var history = feedback.history(programId, item.id());
        assertThat(history).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("Specs are vague");
            assertThat(r.body()).isEqualTo("Because it matters.");
            assertThat(r.editedBy()).isEqualTo(com.cohelm.support.TestPrograms.CUSTOMER_MEMBER_NAME);
        });
        signIn.as(program.viewer());
        assertThat(feedback.history(programId, item.id())).hasSize(1);

        // There is no way to delete feedback: not in the service, not in its repositories
        assertThat(Arrays.stream(FeedbackService.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.matches("(?i).*(delete|remove|purge).*"));
        assertThat(Arrays.stream(PulseService.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.matches("(?i).*(delete|remove|purge).*"));
        for (var repository : List.of(FeedbackItemRepository.class, FeedbackRevisionRepository.class,
                PulseRepository.class, PulseResponseRepository.class)) {
            assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                    .as(repository.getSimpleName()).noneMatch(name -> name.matches("(?i).*(delete|remove).*"));
        }
    }

    @Test
    void aCustomerShownAsAMemberOfTheirOrganizationStaysUnnamedToTheSupplierButNotToTheAuditLog() {
        var item = give(program.customerMember(), FeedbackKind.CRITICISM, "The hotline never picks up", true);
        assertThat(item.author()).as("the author sees themself").isNotNull();
        assertThat(item.shownAsOrganization()).isTrue();
        signIn.as(TOMAS);
        var seen = feedback.item(programId, item.id()).orElseThrow();
        assertThat(seen.author()).isNull();
        assertThat(seen.fromName()).isEqualTo(program.customerName());
        assertThat(programs.recentActivity(programId)).filteredOn(a -> a.subjectLabel().equals(item.title()))
                .extracting(a -> a.actorName()).containsOnly(program.customerName());
        assertThat(jdbc.sql("select actor_id from activity_event where kind = 'FEEDBACK_AUTHOR_RECORDED'"
                + " and subject_id = ? and program_id is null").param(item.id()).query(Long.class).single())
                .isEqualTo(demo.personId(program.customerMember()));
        signIn.as(program.customerLead());
        assertThat(feedback.item(programId, item.id()).orElseThrow().author().displayName())
                .isEqualTo(com.cohelm.support.TestPrograms.CUSTOMER_MEMBER_NAME);
    }

    @Test
    void theAddressedSideTurnsFeedbackIntoAnActionLinkedBothWays() {
        var criticism = give(program.customerLead(), FeedbackKind.CRITICISM, "Test reports lack failure codes", false);
        signIn.as(program.customerMember());
        assertThatThrownBy(() -> feedback.planAction(programId, criticism.id(), criticism.version(), "Add codes",
                demo.personId(TOMAS), TestClock.today().plusDays(5))).isInstanceOf(InvalidInputException.class);
        signIn.as(SUPPLIER_MEMBER);
        var planned = feedback.planAction(programId, criticism.id(), criticism.version(), "Add failure codes",
                demo.personId(TOMAS), TestClock.today().plusDays(5));
        assertThat(planned.status()).isEqualTo(FeedbackStatus.ACTION_PLANNED);
        assertThat(planned.actionItemId()).isNotNull();
        var action = actions.items(programId, ActionFilter.none(), PageRequest.of(0, 10)).stream()
                .filter(a -> a.id() == planned.actionItemId()).findFirst().orElseThrow();
        assertThat(action.origin()).isEqualTo(ActionOrigin.FEEDBACK);
        assertThat(action.originId()).isEqualTo(criticism.id());
        assertThat(action.title()).isEqualTo("Add failure codes");
        assertThatThrownBy(() -> feedback.planAction(programId, criticism.id(), planned.version(), "Again",
                demo.personId(TOMAS), TestClock.today().plusDays(5))).isInstanceOf(InvalidInputException.class);
        assertThat(actions.items(programId, ActionFilter.none(), PageRequest.of(0, 10)))
                .extracting(ActionItemView::originId).containsOnlyOnce(criticism.id());
    }

    @Test
    void otherTenantsIdsAnswerAsNotFound() {
        var item = give(program.customerLead(), FeedbackKind.PRAISE, "Great week", false);
        var pulse = openPulse();
        var calloway = demo.id(CALLOWAY_PROGRAM);
        signIn.as("carl@calloway.example");
        List<ThrowingCallable> calls = List.of(
                () -> feedback.page(programId),
                () -> feedback.items(programId, FeedbackFilter.all(), PageRequest.of(0, 5)),
                () -> feedback.history(programId, item.id()),
                () -> feedback.respond(programId, item.id(), item.version(),
                        new FeedbackResponseDraft(FeedbackStatus.ACKNOWLEDGED, null, null, null)),
                () -> pulseService.answer(programId, pulse.id(), null, new PulseAnswerDraft(customer(1, 1, 1, 1), 0, null,
                        false)),
                () -> feedback.changesSince(programId, Instant.EPOCH),
                () -> feedback.summary(programId));
        for (var call : calls) {
            assertThatThrownBy(call).isInstanceOf(ResourceNotFoundException.class);
        }
        // Carl's own program, with this program's item or pulse id: not found either
        assertThat(feedback.item(calloway, item.id())).isEmpty();
        assertThatThrownBy(() -> feedback.history(calloway, item.id())).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> pulseService.answer(calloway, pulse.id(), null, new PulseAnswerDraft(customer(1, 1, 1, 1),
                0, null, false))).isInstanceOf(ResourceNotFoundException.class);
        assertThat(count("pulse_response where pulse_id = " + pulse.id())).isZero();
    }

    @Test
    void changesSinceListsNewItemsAndRevealedPulsesForReviews() {
        var before = TestClock.now().minusSeconds(1);
        var item = give(SUPPLIER_MEMBER, FeedbackKind.IDEA, "Weekly demo", false);
        var pulse = openPulse();
        answer(program.customerLead(), pulse.id(), customer(4, 4, 4, 4), 9, null, false);
        answer(program.customerMember(), pulse.id(), customer(4, 4, 4, 4), 9, null, false);
        answer(TOMAS, pulse.id(), supplier(4, 4, 4), null, null, false);
        answer(SUPPLIER_MEMBER, pulse.id(), supplier(4, 4, 4), null, null, false);
        signIn.as(program.viewer());
        var changes = feedback.changesSince(programId, before);
        assertThat(changes).extracting(FeedbackChange::kind, FeedbackChange::id, FeedbackChange::fromSide)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeedbackChange.FEEDBACK_ITEM, item.id(), Side.SUPPLIER),
                        org.assertj.core.groups.Tuple.tuple(FeedbackChange.PULSE_REVEALED, pulse.id(), Side.SUPPLIER));
        assertThat(feedback.changesSince(programId, TestClock.now().plusSeconds(5))).isEmpty();
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void pulseScoresCostTwoStatementsWhateverTheNumberOfPrograms() {
        var calloway = demo.id(CALLOWAY_PROGRAM);
        var verdant = demo.id(com.cohelm.support.DemoLogins.VERDANT_PROGRAM);
        var all = jdbc.sql("select id from program").query(Long.class).list();
        testEvents.awaitHandled(); // the statistics are the application's: earlier events' listeners finish first
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(scores.latestRevealed(List.of())).isEmpty();
        assertThat(statistics.getPrepareStatementCount()).isZero();
        var one = scores.latestRevealed(List.of(calloway));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        statistics.clear();
        var many = scores.latestRevealed(all);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        assertThat(one.get(calloway).customerRatingOfSupplier()).isEqualTo(4.75);
        assertThat(one.get(calloway).netPromoterScore()).isEqualTo(100);
        assertThat(many).containsEntry(calloway, one.get(calloway)).doesNotContainKey(programId);
        // Verdant's latest revealed pulse: Tomás's internal ratings (2, 3, 2) are left out, so Sam's (2, 2, 3)
        // are the only supplier answer customers may see: too few to give health anything.
        assertThat(many.get(verdant).supplierRatingOfCollaboration()).isNull();
        assertThat(many.get(verdant).customerRatingOfSupplier()).isEqualTo(22 / 8.0);
        assertThat(many.get(verdant).netPromoterScore()).isEqualTo(-100);
    }
}
