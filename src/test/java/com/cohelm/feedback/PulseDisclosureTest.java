package com.cohelm.feedback;

import static com.cohelm.feedback.FeedbackServiceTest.customer;
import static com.cohelm.feedback.FeedbackServiceTest.supplier;
import static com.cohelm.support.DemoLogins.SUPPLIER_ADMIN;
import static com.cohelm.support.DemoLogins.SUPPLIER_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.health.HealthComponent;
import com.cohelm.health.HealthService;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What a revealed pulse discloses, on the real database (decision 0025): a side with fewer answers than the
 * minimum per side (2 here, the default) shows only its count, to both sides, in the trend, the program's
 * summary and relationship health, and never later, because nobody answers or changes an answer once the
 * results are out; {@link PulseRevealed} is published once per pulse, whoever or whatever revealed it.
 * The test program asks four people: its customer lead and member, Sam and Tomás (its viewer is not asked).
 */
@CohelmSpringTest
@RecordApplicationEvents
class PulseDisclosureTest {

    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;
    @Autowired
    PulseScoreSource scores;
    @Autowired
    PulseScheduler scheduler;
    @Autowired
    HealthService health;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    private TestProgram program;
    private long programId;

    @BeforeEach
    void newProgram() {
        program = testPrograms.create("Pulse disclosure");
        programId = program.id();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private PulseView openPulse() {
        signIn.as(SUPPLIER_MEMBER);
        return pulseService.openPulse(programId, TestClock.today().plusDays(7));
    }

    private PulseView answer(String who, long pulseId, Map<PulseQuestion, Integer> scores, Integer recommend,
            String comment) {
        signIn.as(who);
        return pulseService.answer(programId, pulseId, null, new PulseAnswerDraft(scores, recommend, comment, false));
    }

    private PulseView pulseAs(String who, long pulseId) {
        signIn.as(who);
        return feedback.page(programId).pulses().stream().filter(p -> p.id() == pulseId).findFirst().orElseThrow();
    }

    private PulseView close(long pulseId) {
        var version = pulseAs(SUPPLIER_MEMBER, pulseId).version();
        return pulseService.closePulse(programId, pulseId, version);
    }

    private List<PulseRevealed> revealed(long pulseId) {
        return events.stream(PulseRevealed.class).filter(e -> e.pulseId() == pulseId).toList();
    }

    /** Everyone asked answers: two customers, two supplier members, none internal. */
    private void everyoneAnswers(long pulseId) {
        answer(program.customerLead(), pulseId, customer(5, 4, 4, 4), 9, "Calls help");
        answer(program.customerMember(), pulseId, customer(3, 4, 4, 4), 8, null);
        answer(TOMAS, pulseId, supplier(2, 3, 3), null, null);
        answer(SUPPLIER_MEMBER, pulseId, supplier(2, 3, 3), null, null);
    }

    @Test
    void aSideBelowTheMinimumShowsOnlyItsCountToBothSidesAndGivesHealthNothing() {
        var pulse = openPulse();
        answer(program.customerLead(), pulse.id(), customer(2, 2, 3, 2), 7, "Only I answered");
        answer(TOMAS, pulse.id(), supplier(4, 4, 4), null, "Specs are fine");
        answer(SUPPLIER_MEMBER, pulse.id(), supplier(4, 5, 3), null, null);
        var closed = close(pulse.id());

        for (var reader : List.of(SUPPLIER_MEMBER, program.customerLead(), program.viewer())) {
            var view = pulseAs(reader, pulse.id());
            var result = view.result();
            assertThat(view.customerAnswered()).as(reader).isEqualTo(1);
            assertThat(result.shows(Side.CUSTOMER)).as(reader).isFalse();
            assertThat(result.customerRespondents()).isEqualTo(1);
            assertThat(result.customerAverage()).isNull();
            assertThat(result.averages()).containsOnlyKeys(PulseQuestion.of(Side.SUPPLIER));
            assertThat(result.netPromoter()).isEqualTo(new NetPromoter(0, 0, 0, null));
            assertThat(result.gaps()).isEmpty();
            assertThat(view.comments()).extracting(PulseComment::text).containsExactly("Specs are fine");
            // The supplier side has its two answers: shown to both sides.
            assertThat(result.shows(Side.SUPPLIER)).isTrue();
            assertThat(result.supplierAverage()).isEqualTo(4.0);
            var trend = feedback.page(programId).trend().getLast();
            assertThat(trend.customerAverage()).isNull();
            assertThat(trend.netPromoterScore()).isNull();
            assertThat(trend.largestGap()).isNull();
            assertThat(trend.supplierAverage()).isEqualTo(4.0);
            assertThat(feedback.summary(programId).latest()).isEqualTo(trend);
        }
        assertThat(closed.result().shows(Side.CUSTOMER)).isFalse();

        // Relationship health: no pulse input for the supplier (rated by the customer), one for the customer.
        var reading = scores.latestRevealed(List.of(programId)).get(programId);
        assertThat(reading.customerRatingOfSupplier()).isNull();
        assertThat(reading.netPromoterScore()).isNull();
        assertThat(reading.supplierRatingOfCollaboration()).isEqualTo(4.0);
        signIn.as(SUPPLIER_MEMBER);
        var breakdown = health.score(programId);
        assertThat(breakdown.component(HealthComponent.SUPPLIER_PULSE).score()).isEmpty();
        assertThat(breakdown.component(HealthComponent.CUSTOMER_PULSE).score()).hasValue(75);

        // ... and never later: the second customer cannot answer any more.
        signIn.as(program.customerMember());
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), null, new PulseAnswerDraft(
                customer(5, 5, 5, 5), 10, null, false))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("feedback.error.pulse-revealed"));
        assertThat(pulseAs(program.customerLead(), pulse.id()).result().shows(Side.CUSTOMER)).isFalse();
    }

    @Test
    void noAnswerIsGivenOrChangedOnceTheResultsAreOut() {
        var pulse = openPulse();
        everyoneAnswers(pulse.id());
        var mine = pulseAs(program.customerLead(), pulse.id());
        assertThat(mine.revealed()).isTrue();
        assertThat(mine.acceptsAnswers()).as("no \"Change your answers\"").isFalse();
        var before = jdbc.sql("select concat(communication, '/', version) from pulse_response where pulse_id = ?"
                + " and respondent_id = ?").params(pulse.id(), demo.personId(program.customerLead()))
                .query(String.class).single();
        signIn.as(program.customerLead());
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), mine.mine().version(), new PulseAnswerDraft(
                customer(1, 1, 1, 1), 0, "Changed my mind", false))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("feedback.error.pulse-revealed"));
        assertThat(jdbc.sql("select concat(communication, '/', version) from pulse_response where pulse_id = ?"
                + " and respondent_id = ?").params(pulse.id(), demo.personId(program.customerLead()))
                .query(String.class).single()).isEqualTo(before);
        // Nor a late first answer, which would show by the difference in the averages.
        signIn.as(SUPPLIER_ADMIN);
        assertThatThrownBy(() -> pulseService.answer(programId, pulse.id(), null, new PulseAnswerDraft(
                supplier(5, 5, 5), null, null, false))).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from pulse_response where pulse_id = ?").param(pulse.id())
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void whenCustomersMaySeeTooFewSupplierAnswersTheEarlyRevealWaitsAndAnswersStayOpenToChange() {
        var pulse = openPulse();
        answer(program.customerLead(), pulse.id(), customer(4, 4, 4, 4), 9, null);
        answer(program.customerMember(), pulse.id(), customer(4, 4, 4, 4), 9, null);
        answer(SUPPLIER_MEMBER, pulse.id(), supplier(4, 4, 4), null, null);
        signIn.as(TOMAS);
        var last = pulseService.answer(programId, pulse.id(), null, new PulseAnswerDraft(supplier(2, 2, 2), null, null,
                true));
        // Everyone asked has answered, but one of the two supplier answers is internal.
        assertThat(last.revealed()).isFalse();
        var mine = pulseAs(program.customerLead(), pulse.id());
        assertThat(mine.acceptsAnswers()).isTrue();
        signIn.as(program.customerLead());
        var changed = pulseService.answer(programId, pulse.id(), mine.mine().version(), new PulseAnswerDraft(
                customer(5, 5, 5, 5), 10, null, false));
        assertThat(changed.mine().recommend()).isEqualTo(10);
        assertThat(changed.revealed()).isFalse();
        assertThat(revealed(pulse.id())).isEmpty();
    }

    @Test
    void pulseRevealedIsPublishedOnceAtTheMomentTheResultsBecomeVisible() {
        // By the last answer: no actor
        var early = openPulse();
        answer(program.customerLead(), early.id(), customer(4, 4, 4, 4), 9, null);
        answer(program.customerMember(), early.id(), customer(4, 4, 4, 4), 9, null);
        answer(TOMAS, early.id(), supplier(4, 4, 4), null, null);
        assertThat(revealed(early.id())).isEmpty();
        answer(SUPPLIER_MEMBER, early.id(), supplier(4, 4, 4), null, null);
        assertThat(revealed(early.id())).containsExactly(new PulseRevealed(programId, early.id(), null));

        // By the lead who closes it: the lead is the actor; a second close from a stale page changes nothing
        var byLead = openPulse();
        answer(program.customerLead(), byLead.id(), customer(4, 4, 4, 4), 9, null);
        close(byLead.id());
        signIn.as(SUPPLIER_MEMBER);
        assertThatThrownBy(() -> pulseService.closePulse(programId, byLead.id(), byLead.version()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(revealed(byLead.id())).containsExactly(
                new PulseRevealed(programId, byLead.id(), demo.personId(SUPPLIER_MEMBER)));

        // By the scheduled job, past the closing day, however often it runs
        var overdue = openPulse();
        signIn.out();
        jdbc.sql("update pulse set closes_on = ? where id = ?").params(TestClock.today().minusDays(1), overdue.id())
                .update();
        scheduler.closeOverdue(TestClock.today());
        scheduler.closeOverdue(TestClock.today());
        assertThat(revealed(overdue.id())).containsExactly(new PulseRevealed(programId, overdue.id(), null));
    }
}
