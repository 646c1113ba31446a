package com.cohelm.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.cohelm.security.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pulse arithmetic without a database: NPS, averages and the perception gap, edge cases included. */
class PulseArithmeticTest {

    private static List<Integer> scores(int promoters, int passives, int detractors) {
        var list = new ArrayList<Integer>();
        for (int i = 0; i < promoters; i++) {
            list.add(9 + i % 2);
        }
        for (int i = 0; i < passives; i++) {
            list.add(7 + i % 2);
        }
        for (int i = 0; i < detractors; i++) {
            list.add(i % 7);
        }
        return list;
    }

    @ParameterizedTest(name = "{0} promoters, {1} passives, {2} detractors = {3}")
    @CsvSource({
            "1, 0, 0, 100",
            "0, 0, 1, -100",
            "0, 1, 0, 0",
            "1, 0, 1, 0",
            "3, 1, 1, 40",
            // 1/3 promoters: 33.3 rounds to 33; 2/3: 66.7 rounds to 67; the same either way round
            "1, 2, 0, 33",
            "2, 1, 0, 67",
            "0, 1, 2, -67",
            // halves round away from zero, symmetrically: +12.5 -> 13, -12.5 -> -13
            "1, 7, 0, 13",
            "0, 7, 1, -13",
            "5, 2, 3, 20"})
    void netPromoterScoreIsPromotersMinusDetractorsOverAllWhoAnswered(int promoters, int passives, int detractors,
            int expected) {
        var nps = PulseArithmetic.netPromoter(scores(promoters, passives, detractors));
        assertThat(nps.score()).isEqualTo(expected);
        assertThat(nps.promoters()).isEqualTo(promoters);
        assertThat(nps.passives()).isEqualTo(passives);
        assertThat(nps.detractors()).isEqualTo(detractors);
    }

    @Test
    void theBoundariesOfEachGroup() {
        assertThat(PulseArithmetic.netPromoter(List.of(6)).detractors()).isEqualTo(1);
        assertThat(PulseArithmetic.netPromoter(List.of(7)).passives()).isEqualTo(1);
        assertThat(PulseArithmetic.netPromoter(List.of(8)).passives()).isEqualTo(1);
        assertThat(PulseArithmetic.netPromoter(List.of(9)).promoters()).isEqualTo(1);
        assertThat(PulseArithmetic.netPromoter(List.of(0)).detractors()).isEqualTo(1);
        assertThat(PulseArithmetic.netPromoter(List.of(10)).promoters()).isEqualTo(1);
    }

    @Test
    void nobodyAnsweringHasNoScoreRatherThanZero() {
        var nps = PulseArithmetic.netPromoter(List.of());
        assertThat(nps.score()).isNull();
        assertThat(nps.respondents()).isZero();
        assertThat(PulseArithmetic.compute(List.of()).customerAverage()).isNull();
        assertThat(PulseArithmetic.compute(List.of()).gaps()).isEmpty();
    }

    @Test
    void aScoreOutOfRangeIsRefused() {
        assertThatThrownBy(() -> PulseArithmetic.netPromoter(List.of(11))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PulseArithmetic.netPromoter(List.of(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void averagesPerQuestionAndPerSideAndTheGapPerThemeLargestFirst() {
        var result = PulseArithmetic.compute(List.of(
                new PulseAnswers(Side.CUSTOMER, Map.of(PulseQuestion.COMMUNICATION, 5, PulseQuestion.RESPONSIVENESS, 4,
                        PulseQuestion.QUALITY, 4, PulseQuestion.SCHEDULE, 2), 9),
                new PulseAnswers(Side.CUSTOMER, Map.of(PulseQuestion.COMMUNICATION, 4, PulseQuestion.RESPONSIVENESS, 4,
                        PulseQuestion.QUALITY, 5, PulseQuestion.SCHEDULE, 3), 6),
                new PulseAnswers(Side.SUPPLIER, Map.of(PulseQuestion.SPEC_CLARITY, 1, PulseQuestion.FEEDBACK_SPEED, 4,
                        PulseQuestion.DECISION_ACCESS, 3), null)));
        assertThat(result.customerRespondents()).isEqualTo(2);
        assertThat(result.supplierRespondents()).isEqualTo(1);
        assertThat(result.averages()).containsEntry(PulseQuestion.COMMUNICATION, 4.5)
                .containsEntry(PulseQuestion.SCHEDULE, 2.5).containsEntry(PulseQuestion.SPEC_CLARITY, 1.0);
        assertThat(result.customerAverage()).isCloseTo(31 / 8.0, within(1e-9));
        assertThat(result.supplierAverage()).isCloseTo(8 / 3.0, within(1e-9));
        assertThat(result.netPromoter().score()).isZero();
        // information: customers 4.5 vs supplier 1 (3.5); pace: 4 vs 4 (0); delivery: quality and schedule 3.5 vs 3 (0.5)
        assertThat(result.gaps()).extracting(PerceptionGap::theme)
                .containsExactly(PulseTheme.INFORMATION, PulseTheme.DELIVERY, PulseTheme.PACE);
        var largest = result.largestGap().orElseThrow();
        assertThat(largest.gap()).isEqualTo(3.5);
        assertThat(largest.rosierSide()).isEqualTo(Side.CUSTOMER);
        assertThat(result.gaps().get(2).gap()).isZero();
    }

    @Test
    void withOnlyOneSideThereIsNoGap() {
        var result = PulseArithmetic.compute(List.of(new PulseAnswers(Side.SUPPLIER,
                Map.of(PulseQuestion.SPEC_CLARITY, 3, PulseQuestion.FEEDBACK_SPEED, 3, PulseQuestion.DECISION_ACCESS, 3),
                null)));
        assertThat(result.gaps()).isEmpty();
        assertThat(result.largestGap()).isEmpty();
        assertThat(result.customerAverage()).isNull();
        assertThat(result.netPromoter().score()).isNull();
    }

    private static PulseAnswers customerAnswer(int score, int recommend) {
        return new PulseAnswers(Side.CUSTOMER, Map.of(PulseQuestion.COMMUNICATION, score, PulseQuestion.RESPONSIVENESS,
                score, PulseQuestion.QUALITY, score, PulseQuestion.SCHEDULE, score), recommend);
    }

    private static PulseAnswers supplierAnswer(int score) {
        return new PulseAnswers(Side.SUPPLIER, Map.of(PulseQuestion.SPEC_CLARITY, score, PulseQuestion.FEEDBACK_SPEED,
                score, PulseQuestion.DECISION_ACCESS, score), null);
    }

    @Test
    void aSideBelowTheMinimumKeepsOnlyItsCount() {
        var result = PulseArithmetic.compute(List.of(customerAnswer(2, 7), supplierAnswer(4), supplierAnswer(5)), 2);
        assertThat(result.customerRespondents()).isEqualTo(1);
        assertThat(result.shows(Side.CUSTOMER)).isFalse();
        assertThat(result.customerAverage()).isNull();
        assertThat(result.averages()).containsOnlyKeys(PulseQuestion.of(Side.SUPPLIER));
        // never "0 (0 promoters, 1 passive, 0 detractors)" for one answer
        assertThat(result.netPromoter()).isEqualTo(new NetPromoter(0, 0, 0, null));
        assertThat(result.gaps()).isEmpty();
        assertThat(result.shows(Side.SUPPLIER)).isTrue();
        assertThat(result.supplierAverage()).isEqualTo(4.5);
        assertThat(result.respondents(Side.SUPPLIER)).isEqualTo(2);
    }

    @ParameterizedTest(name = "minimum {0}: customers shown {1}, suppliers shown {2}")
    @CsvSource({"1, true, true", "2, true, true", "3, true, false", "4, false, false"})
    void theMinimumIsPerSide(int minimum, boolean customersShown, boolean suppliersShown) {
        var answers = List.of(customerAnswer(5, 9), customerAnswer(4, 8), customerAnswer(3, 6), supplierAnswer(2),
                supplierAnswer(3));
        var result = PulseArithmetic.compute(answers, minimum);
        assertThat(result.shows(Side.CUSTOMER)).isEqualTo(customersShown);
        assertThat(result.shows(Side.SUPPLIER)).isEqualTo(suppliersShown);
        assertThat(result.customerAverage() != null).isEqualTo(customersShown);
        assertThat(result.netPromoter().score() != null).isEqualTo(customersShown);
        assertThat(result.supplierAverage() != null).isEqualTo(suppliersShown);
        assertThat(result.gaps().isEmpty()).isEqualTo(!(customersShown && suppliersShown));
        assertThat(result.customerRespondents()).isEqualTo(3);
        assertThat(result.supplierRespondents()).isEqualTo(2);
    }

    @Test
    void aMinimumBelowOneIsRefused() {
        assertThatThrownBy(() -> PulseArithmetic.compute(List.of(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodKeysNameMonthsAndQuarters() {
        assertThat(PulseCadence.MONTHLY.periodKey(java.time.LocalDate.of(2026, 11, 23))).isEqualTo("2026-11");
        assertThat(PulseCadence.QUARTERLY.periodKey(java.time.LocalDate.of(2026, 11, 23))).isEqualTo("2026-Q4");
        assertThat(PulseCadence.QUARTERLY.periodKey(java.time.LocalDate.of(2027, 1, 1))).isEqualTo("2027-Q1");
        assertThat(PulseCadence.NONE.periodKey(java.time.LocalDate.of(2027, 1, 1))).isNull();
    }

    @Test
    void theStatusOnlyMovesForward() {
        assertThat(FeedbackStatus.OPEN.next()).containsExactlyInAnyOrder(FeedbackStatus.ACKNOWLEDGED,
                FeedbackStatus.ACTION_PLANNED, FeedbackStatus.RESOLVED, FeedbackStatus.DECLINED);
        assertThat(FeedbackStatus.ACTION_PLANNED.next()).containsExactlyInAnyOrder(FeedbackStatus.RESOLVED,
                FeedbackStatus.DECLINED);
        assertThat(FeedbackStatus.RESOLVED.next()).isEmpty();
        assertThat(FeedbackStatus.DECLINED.next()).isEmpty();
    }
}
