package com.cohelm.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StatusSuggesterTest {

    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = DAY0.plusDays(30);

    private static Kpi kpi(String baseline, String target, KpiDirection direction, int targetDay) {
        return new Kpi("Yield", "%", new BigDecimal(baseline), new BigDecimal(target), direction,
                DAY0.plusDays(targetDay));
    }

    private static MeasurementPoint at(int day, String value) {
        return new MeasurementPoint(DAY0.plusDays(day), new BigDecimal(value));
    }

    /** 10, 20, 30 on days 0, 10, 20: exactly 1 a day. */
    private static List<MeasurementPoint> exactLine() {
        return List.of(at(0, "10"), at(10, "20"), at(20, "30"));
    }

    /** 92, 93, 94 on days 0, 30, 60: exactly 1 every 30 days. */
    private static List<MeasurementPoint> slowYield() {
        return List.of(at(0, "92"), at(30, "93"), at(60, "94"));
    }

    /** 120, 118, 116 seconds on days 0, 10, 20: exactly 0.2 less a day. */
    private static List<MeasurementPoint> fallingTestTime() {
        return List.of(at(0, "120"), at(10, "118"), at(20, "116"));
    }

    private static StatusSuggestion suggestion(Kpi kpi, List<MeasurementPoint> points, LocalDate today) {
        Optional<StatusSuggestion> suggestion = StatusSuggester.suggest(kpi, points, today);
        assertThat(suggestion).isPresent();
        return suggestion.orElseThrow();
    }

    @Nested
    class NoSuggestion {

        @Test
        void withoutMeasurements() {
            assertThat(StatusSuggester.suggest(kpi("0", "50", KpiDirection.UP, 40), List.of(), TODAY)).isEmpty();
        }

        @Test
        void withTwoMeasurements() {
            assertThat(StatusSuggester.suggest(kpi("0", "50", KpiDirection.UP, 40),
                    List.of(at(0, "10"), at(10, "20")), TODAY)).isEmpty();
        }

        @Test
        void whenAllMeasurementsAreOnTheSameDay() {
            assertThat(StatusSuggester.suggest(kpi("0", "50", KpiDirection.UP, 40),
                    List.of(at(5, "10"), at(5, "20"), at(5, "30"), at(5, "40")), TODAY)).isEmpty();
        }

        @Test
        void whenTheTargetEqualsTheBaseline() {
            assertThat(StatusSuggester.suggest(kpi("92", "92.00", KpiDirection.UP, 40), exactLine(), TODAY))
                    .isEmpty();
        }

        @Test
        void evenWhenSameDayPointsWouldMeetTheTarget() {
            assertThat(StatusSuggester.suggest(kpi("0", "50", KpiDirection.UP, 40),
                    List.of(at(5, "60"), at(5, "70"), at(5, "80")), TODAY)).isEmpty();
        }
    }

    @Nested
    class Achieved {

        @Test
        void upWhenTheLatestValueReachesTheTarget() {
            StatusSuggestion s = suggestion(kpi("92", "98", KpiDirection.UP, 365),
                    List.of(at(0, "92"), at(30, "95"), at(60, "98")), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.ACHIEVED);
            assertThat(s.projectedValue()).isNotNull();
        }

        @Test
        void upWhenTheLatestValueExceedsTheTarget() {
            assertThat(suggestion(kpi("92", "98", KpiDirection.UP, 365),
                    List.of(at(0, "92"), at(30, "97"), at(60, "98.5")), TODAY).status())
                    .isEqualTo(GoalStatus.ACHIEVED);
        }

        @Test
        void downWhenTheLatestValueIsAtOrBelowTheTarget() {
            Kpi testTime = kpi("40", "30", KpiDirection.DOWN, 365);
            assertThat(suggestion(testTime, List.of(at(0, "40"), at(10, "35"), at(20, "30")), TODAY).status())
                    .isEqualTo(GoalStatus.ACHIEVED);
            assertThat(suggestion(testTime, List.of(at(0, "40"), at(10, "35"), at(20, "29")), TODAY).status())
                    .isEqualTo(GoalStatus.ACHIEVED);
        }

        @Test
        void onlyTheLatestValueCountsNotAnEarlierPeak() {
            assertThat(suggestion(kpi("92", "98", KpiDirection.UP, 365),
                    List.of(at(0, "92"), at(30, "99"), at(60, "93")), TODAY).status())
                    .isNotEqualTo(GoalStatus.ACHIEVED);
        }

        @Test
        void onTheLatestDayTheLastInListOrderCounts() {
            Kpi yield = kpi("92", "98", KpiDirection.UP, 365);
            assertThat(suggestion(yield, List.of(at(0, "92"), at(60, "99"), at(60, "95")), TODAY).status())
                    .isNotEqualTo(GoalStatus.ACHIEVED);
            assertThat(suggestion(yield, List.of(at(0, "92"), at(60, "95"), at(60, "99")), TODAY).status())
                    .isEqualTo(GoalStatus.ACHIEVED);
        }

        @Test
        void evenAfterTheTargetDate() {
            assertThat(suggestion(kpi("92", "98", KpiDirection.UP, 60),
                    List.of(at(0, "92"), at(30, "95"), at(60, "98")), DAY0.plusDays(100)).status())
                    .isEqualTo(GoalStatus.ACHIEVED);
        }
    }

    @Nested
    class Projection {

        @Test
        void followsAnExactLine() {
            StatusSuggestion s = suggestion(kpi("0", "60", KpiDirection.UP, 40), exactLine(), TODAY);
            assertThat(s.projectedValue()).isEqualByComparingTo("50");
            assertThat(s.projectedValue().toPlainString()).isEqualTo("50");
        }

        @Test
        void isAFourDecimalLeastSquaresFit() {
            // 1, 2, 2 on days 0, 1, 2: slope 0.5 through the mean (1, 5/3); on day 3: 8/3
            StatusSuggestion s = suggestion(kpi("0", "10", KpiDirection.UP, 3),
                    List.of(at(0, "1"), at(1, "2"), at(2, "2")), TODAY);
            assertThat(s.projectedValue()).isEqualTo(new BigDecimal("2.6667"));
        }

        @Test
        void countsDaysFromTheFirstMeasurementWhateverTheSpacing() {
            // 10 on day 0, 15 on day 1, 30 on day 10 lie on no line; the fit weighs the days, not the indexes
            StatusSuggestion s = suggestion(kpi("0", "100", KpiDirection.UP, 20),
                    List.of(at(0, "10"), at(1, "15"), at(10, "30")), TODAY);
            // mean x = 11/3, mean y = 55/3, sxy = 340/3, sxx = 182/3, slope = 170/91
            double expected = 55.0 / 3 + 170.0 / 91 * (20 - 11.0 / 3);
            assertThat(s.projectedValue()).isEqualByComparingTo(
                    BigDecimal.valueOf(expected).setScale(4, java.math.RoundingMode.HALF_UP));
        }

        @Test
        void doesNotDependOnTheInputOrder() {
            List<MeasurementPoint> points = new ArrayList<>(List.of(at(0, "92"), at(30, "93.2"), at(45, "93.1"),
                    at(60, "94"), at(90, "95.3"), at(120, "95.9")));
            Kpi yield = kpi("92", "98", KpiDirection.UP, 200);
            StatusSuggestion sorted = suggestion(yield, points, TODAY);
            Random random = new Random(42);
            for (int i = 0; i < 10; i++) {
                Collections.shuffle(points, random);
                assertThat(suggestion(yield, points, TODAY)).isEqualTo(sorted);
            }
        }

        @Test
        void unsortedInputIsProjectedFromTheEarliestDay() {
            StatusSuggestion s = suggestion(kpi("0", "60", KpiDirection.UP, 40),
                    List.of(at(20, "30"), at(0, "10"), at(10, "20")), TODAY);
            assertThat(s.projectedValue()).isEqualByComparingTo("50");
        }
    }

    @Nested
    class Up {

        @Test
        void onTrackWhenTheProjectionMeetsTheTarget() {
            StatusSuggestion s = suggestion(kpi("0", "50", KpiDirection.UP, 40), exactLine(), TODAY);
            assertThat(s).isEqualTo(new StatusSuggestion(GoalStatus.ON_TRACK, new BigDecimal("50")));
        }

        @Test
        void onTrackWhenTheProjectionExceedsTheTarget() {
            // 92 + 180/30 = 98 on day 180, 98.5 on day 195
            assertThat(suggestion(kpi("92", "98", KpiDirection.UP, 195), slowYield(), TODAY).status())
                    .isEqualTo(GoalStatus.ON_TRACK);
        }

        @Test
        void atRiskWhenShortByLessThanTheMargin() {
            // margin = 10% of |98 - 92| = 0.6; projection 97.5 on day 165 is 0.5 short
            StatusSuggestion s = suggestion(kpi("92", "98", KpiDirection.UP, 165), slowYield(), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.AT_RISK);
            assertThat(s.projectedValue()).isEqualByComparingTo("97.5");
        }

        @Test
        void atRiskWhenShortByExactlyTheMargin() {
            // projection 97.4 on day 162 is 0.6 short
            StatusSuggestion s = suggestion(kpi("92", "98", KpiDirection.UP, 162), slowYield(), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.AT_RISK);
            assertThat(s.projectedValue()).isEqualByComparingTo("97.4");
        }

        @Test
        void offTrackWhenShortByJustMoreThanTheMargin() {
            // projection 97.3 on day 159 is 0.7 short
            StatusSuggestion s = suggestion(kpi("92", "98", KpiDirection.UP, 159), slowYield(), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.OFF_TRACK);
            assertThat(s.projectedValue()).isEqualByComparingTo("97.3");
        }

        @Test
        void offTrackWhenTheTrendGoesTheWrongWay() {
            assertThat(suggestion(kpi("92", "98", KpiDirection.UP, 365),
                    List.of(at(0, "92"), at(30, "91.5"), at(60, "91")), TODAY).status())
                    .isEqualTo(GoalStatus.OFF_TRACK);
        }

        @Test
        void theMarginIsTenPercentOfTheDistanceFromBaselineToTarget() {
            assertThat(StatusSuggester.AT_RISK_MARGIN).isEqualTo(0.10);
            // same line and projection (90 on day 90), baseline moved: margin 10 then 9
            List<MeasurementPoint> line = List.of(at(0, "0"), at(10, "10"), at(20, "20"));
            assertThat(suggestion(kpi("0", "100", KpiDirection.UP, 90), line, TODAY).status())
                    .isEqualTo(GoalStatus.AT_RISK);
            assertThat(suggestion(kpi("10", "100", KpiDirection.UP, 90), line, TODAY).status())
                    .isEqualTo(GoalStatus.OFF_TRACK);
        }
    }

    @Nested
    class Down {

        // baseline 120 s, target 100 s: margin 2 s

        @Test
        void onTrackWhenTheProjectionReachesTheTarget() {
            StatusSuggestion s = suggestion(kpi("120", "100", KpiDirection.DOWN, 100), fallingTestTime(), TODAY);
            assertThat(s).isEqualTo(new StatusSuggestion(GoalStatus.ON_TRACK, new BigDecimal("100")));
        }

        @Test
        void onTrackWhenTheProjectionIsBelowTheTarget() {
            assertThat(suggestion(kpi("120", "100", KpiDirection.DOWN, 120), fallingTestTime(), TODAY).status())
                    .isEqualTo(GoalStatus.ON_TRACK);
        }

        @Test
        void atRiskWhenAboveTheTargetByAtMostTheMargin() {
            StatusSuggestion s = suggestion(kpi("120", "100", KpiDirection.DOWN, 90), fallingTestTime(), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.AT_RISK);
            assertThat(s.projectedValue()).isEqualByComparingTo("102");
            assertThat(suggestion(kpi("120", "100", KpiDirection.DOWN, 95), fallingTestTime(), TODAY).status())
                    .isEqualTo(GoalStatus.AT_RISK);
        }

        @Test
        void offTrackWhenAboveTheTargetByMoreThanTheMargin() {
            StatusSuggestion s = suggestion(kpi("120", "100", KpiDirection.DOWN, 85), fallingTestTime(), TODAY);
            assertThat(s.status()).isEqualTo(GoalStatus.OFF_TRACK);
            assertThat(s.projectedValue()).isEqualByComparingTo("103");
        }

        @Test
        void offTrackWhenRising() {
            assertThat(suggestion(kpi("120", "100", KpiDirection.DOWN, 365),
                    List.of(at(0, "120"), at(10, "121"), at(20, "123")), TODAY).status())
                    .isEqualTo(GoalStatus.OFF_TRACK);
        }
    }

    @Nested
    class TargetDate {

        @Test
        void pastAndNotMetIsOffTrackEvenIfTheTrendWouldMeetIt() {
            // the line reaches 50 on day 40, but the latest value is 30 and today is day 41
            StatusSuggestion s = suggestion(kpi("0", "50", KpiDirection.UP, 40), exactLine(), DAY0.plusDays(41));
            assertThat(s).isEqualTo(new StatusSuggestion(GoalStatus.OFF_TRACK, new BigDecimal("50")));
        }

        @Test
        void pastProjectsToTheTargetDateNotToToday() {
            StatusSuggestion s = suggestion(kpi("0", "100", KpiDirection.UP, 15), exactLine(), DAY0.plusDays(200));
            assertThat(s.status()).isEqualTo(GoalStatus.OFF_TRACK);
            assertThat(s.projectedValue()).isEqualByComparingTo("25");
        }

        @Test
        void pastForADownKpiIsOffTrack() {
            assertThat(suggestion(kpi("120", "100", KpiDirection.DOWN, 100), fallingTestTime(),
                    DAY0.plusDays(101)).status()).isEqualTo(GoalStatus.OFF_TRACK);
        }

        @Test
        void todayIsStillInTime() {
            assertThat(suggestion(kpi("0", "50", KpiDirection.UP, 40), exactLine(), DAY0.plusDays(40)).status())
                    .isEqualTo(GoalStatus.ON_TRACK);
        }
    }

    @Test
    void neverSuggestsDropped() {
        Random random = new Random(7);
        for (int run = 0; run < 500; run++) {
            List<MeasurementPoint> points = new ArrayList<>();
            int count = 3 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                points.add(at(random.nextInt(100), Integer.toString(random.nextInt(200))));
            }
            KpiDirection direction = random.nextBoolean() ? KpiDirection.UP : KpiDirection.DOWN;
            Kpi kpi = kpi(Integer.toString(random.nextInt(200)), Integer.toString(random.nextInt(200)), direction,
                    random.nextInt(200));
            StatusSuggester.suggest(kpi, points, DAY0.plusDays(random.nextInt(200)))
                    .ifPresent(s -> assertThat(s.status()).isNotEqualTo(GoalStatus.DROPPED));
        }
    }

    @Test
    void isDeterministic() {
        Kpi yield = kpi("92", "98", KpiDirection.UP, 165);
        assertThat(StatusSuggester.suggest(yield, slowYield(), TODAY))
                .isEqualTo(StatusSuggester.suggest(yield, slowYield(), TODAY));
    }

    @Test
    void rejectsNulls() {
        Kpi yield = kpi("92", "98", KpiDirection.UP, 165);
        assertThatNullPointerException().isThrownBy(() -> StatusSuggester.suggest(null, slowYield(), TODAY));
        assertThatNullPointerException().isThrownBy(() -> StatusSuggester.suggest(yield, null, TODAY));
        assertThatNullPointerException().isThrownBy(() -> StatusSuggester.suggest(yield, slowYield(), null));
    }

    @Nested
    class ShareInPerCent {

        /** 97, 98, 99 % on days 0, 10, 20: the line reaches 104 % by day 70. */
        private final List<MeasurementPoint> climbingYield = List.of(at(0, "97"), at(10, "98"), at(20, "99"));

        @Test
        void aYieldNeverProjectsPastAHundredPerCent() {
            StatusSuggestion s = suggestion(kpi("92", "99.5", KpiDirection.UP, 70), climbingYield, TODAY);
            assertThat(s.projectedValue()).isEqualByComparingTo("100");
            assertThat(s.status()).isEqualTo(GoalStatus.ON_TRACK);
        }

        @Test
        void aShareNeverProjectsBelowZero() {
            List<MeasurementPoint> falling = List.of(at(0, "6"), at(10, "4"), at(20, "2"));
            StatusSuggestion s = suggestion(kpi("8", "0.5", KpiDirection.DOWN, 70), falling, TODAY);
            assertThat(s.projectedValue()).isEqualByComparingTo("0");
        }

        @Test
        void aPercentageThatIsNotAShareIsNotBounded() {
            Kpi growth = new Kpi("Growth", "%", new BigDecimal("100"), new BigDecimal("150"), KpiDirection.UP,
                    DAY0.plusDays(70));
            assertThat(suggestion(growth, climbingYield, TODAY).projectedValue()).isEqualByComparingTo("104");
            Kpi seconds = new Kpi("Test time", "s", new BigDecimal("92"), new BigDecimal("99.5"), KpiDirection.UP,
                    DAY0.plusDays(70));
            assertThat(suggestion(seconds, climbingYield, TODAY).projectedValue()).isEqualByComparingTo("104");
        }
    }
}
