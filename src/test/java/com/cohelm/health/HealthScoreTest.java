package com.cohelm.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.action.ResponseSample;
import com.cohelm.action.Responsiveness;
import com.cohelm.health.HealthInputs.Engagement;
import com.cohelm.health.HealthInputs.GoalFact;
import com.cohelm.health.HealthInputs.MilestoneFact;
import com.cohelm.security.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class HealthScoreTest {

    private static final Instant NOW = Instant.parse("2026-11-18T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private static HealthInputs inputs(List<GoalFact> goals, List<MilestoneFact> milestones,
            List<ResponseSample> samples, PulseReading pulse, Map<Side, Engagement> engagement) {
        return new HealthInputs(TODAY, goals, milestones, Responsiveness.compute(samples, NOW), pulse, engagement);
    }

    private static HealthInputs nothing() {
        return inputs(List.of(), List.of(), List.of(), PulseReading.NONE, Map.of());
    }

    private static int score(HealthBreakdown health, HealthComponent component) {
        return health.component(component).score().orElseThrow();
    }

    @Test
    void theWeightsSumToOneHundredAndCoverEveryComponent() {
        assertThat(HealthScore.WEIGHTS).containsOnlyKeys(HealthComponent.values());
        assertThat(HealthScore.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void noDataAtAllGivesNoScoreAndNoCarrier() {
        var health = HealthScore.compute(nothing());
        assertThat(health.score()).isEmpty();
        assertThat(health.band()).isEqualTo(HealthBand.NO_DATA);
        assertThat(health.components()).allSatisfy(c -> {
            assertThat(c.score()).isEmpty();
            assertThat(c.effectiveWeight()).isZero();
        });
        assertThat(health.balance().supplier()).isEmpty();
        assertThat(health.balance().carrier()).isEmpty();
        assertThat(health.balance().widestGap()).isEmpty();
    }

    @Test
    void goalsCountOnTrackAndAchievedFullyAtRiskHalfOffTrackNothingAndDroppedNotAtAll() {
        var goals = List.of(new GoalFact("ON_TRACK"), new GoalFact("ACHIEVED"), new GoalFact("AT_RISK"),
                new GoalFact("OFF_TRACK"), new GoalFact("DROPPED"));
        var health = HealthScore.compute(inputs(goals, List.of(), List.of(), PulseReading.NONE, Map.of()));
        // (1 + 1 + 0.5 + 0) / 4
        assertThat(score(health, HealthComponent.GOALS)).isEqualTo(63);
        assertThat(health.component(HealthComponent.GOALS).basis()).isEqualTo(4);
        // the only component with data takes all the weight
        assertThat(health.score()).isEqualTo(OptionalInt.of(63));
        assertThat(health.component(HealthComponent.GOALS).effectiveWeight()).isEqualTo(1.0);
    }

    @Test
    void onlyDroppedGoalsAreNoData() {
        var health = HealthScore.compute(inputs(List.of(new GoalFact("DROPPED")), List.of(), List.of(),
                PulseReading.NONE, Map.of()));
        assertThat(health.component(HealthComponent.GOALS).score()).isEmpty();
    }

    @Test
    void milestonesLoseAThirtiethPerDayOfSlipPastTheBaseline() {
        var onTime = new MilestoneFact("SUPPLIER", TODAY.plusDays(10), TODAY.plusDays(10), null);
        var doneFifteenDaysLate = new MilestoneFact("SUPPLIER", TODAY.minusDays(30), TODAY.minusDays(15),
                TODAY.minusDays(15));
        var plannedSixtyDaysLate = new MilestoneFact("CUSTOMER", TODAY.plusDays(10), TODAY.plusDays(70), null);
        var openAndLateSinceTenDays = new MilestoneFact("JOINT", TODAY.minusDays(10), TODAY.minusDays(10), null);
        var health = HealthScore.compute(inputs(List.of(), List.of(onTime, doneFifteenDaysLate, plannedSixtyDaysLate,
                openAndLateSinceTenDays), List.of(), PulseReading.NONE, Map.of()));
        // 1 + 0.5 + 0 + 2/3 over 4
        assertThat(score(health, HealthComponent.SCHEDULE)).isEqualTo(54);
        assertThat(HealthScore.slipDays(openAndLateSinceTenDays, nothing())).isEqualTo(10);
        // the balance compares the milestones each side owns; joint ones belong to nobody
        var area = health.balance().areas().stream().filter(a -> a.area() == HealthArea.SCHEDULE).findFirst()
                .orElseThrow();
        assertThat(area.supplier()).isEqualTo(OptionalInt.of(75));
        assertThat(area.customer()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void aMilestoneDoneEarlyIsSimplyOnTime() {
        var early = new MilestoneFact("SUPPLIER", TODAY.minusDays(5), TODAY.minusDays(5), TODAY.minusDays(20));
        var health = HealthScore.compute(inputs(List.of(), List.of(early), List.of(), PulseReading.NONE, Map.of()));
        assertThat(score(health, HealthComponent.SCHEDULE)).isEqualTo(100);
    }

    @Test
    void responsivenessIsEachSidesShareDoneByTheDueDateOverdueOpenItemsCountingAsLate() {
        var created = NOW.minus(Duration.ofDays(20));
        var samples = new ArrayList<ResponseSample>();
        // supplier: two on time, one late
        samples.add(new ResponseSample(Side.SUPPLIER, false, created, TODAY.minusDays(10), null, NOW.minus(Duration.ofDays(12))));
        samples.add(new ResponseSample(Side.SUPPLIER, true, created, TODAY.minusDays(10), NOW.minus(Duration.ofDays(15)),
                NOW.minus(Duration.ofDays(15))));
        samples.add(new ResponseSample(Side.SUPPLIER, false, created, TODAY.minusDays(10), null, NOW.minus(Duration.ofDays(2))));
        // customer: one on time, one still open past its due date
        samples.add(new ResponseSample(Side.CUSTOMER, false, created, TODAY.minusDays(3), null, NOW.minus(Duration.ofDays(5))));
        samples.add(new ResponseSample(Side.CUSTOMER, false, created, TODAY.minusDays(3), null, null));
        var health = HealthScore.compute(inputs(List.of(), List.of(), samples, PulseReading.NONE, Map.of()));
        assertThat(score(health, HealthComponent.SUPPLIER_RESPONSIVENESS)).isEqualTo(67);
        assertThat(score(health, HealthComponent.CUSTOMER_RESPONSIVENESS)).isEqualTo(50);
        assertThat(health.component(HealthComponent.SUPPLIER_RESPONSIVENESS).basis()).isEqualTo(3);
        assertThat(health.component(HealthComponent.CUSTOMER_RESPONSIVENESS).basis()).isEqualTo(2);
    }

    @Test
    void pulseRatingsMapOneToZeroAndFiveToOneHundredEachCreditingTheRatedSide() {
        var pulse = new PulseReading(4.0, 2.0, 9, TODAY.minusDays(3));
        var health = HealthScore.compute(inputs(List.of(), List.of(), List.of(), pulse, Map.of()));
        assertThat(score(health, HealthComponent.SUPPLIER_PULSE)).isEqualTo(75);
        assertThat(score(health, HealthComponent.CUSTOMER_PULSE)).isEqualTo(25);
        // equal weights: the mean
        assertThat(health.score()).isEqualTo(OptionalInt.of(50));
    }

    @Test
    void aPulseOfOneSideOnlyLeavesTheOtherSideWithoutData() {
        var pulse = new PulseReading(5.0, null, null, TODAY);
        var health = HealthScore.compute(inputs(List.of(), List.of(), List.of(), pulse, Map.of()));
        assertThat(score(health, HealthComponent.SUPPLIER_PULSE)).isEqualTo(100);
        assertThat(health.component(HealthComponent.CUSTOMER_PULSE).score()).isEmpty();
    }

    @Test
    void engagementGivesFullMarksFromSixtyPercentOfTheSidesMembersActive() {
        var engagement = Map.of(Side.SUPPLIER, new Engagement(5, 3), Side.CUSTOMER, new Engagement(4, 1));
        var health = HealthScore.compute(inputs(List.of(), List.of(), List.of(), PulseReading.NONE, engagement));
        assertThat(score(health, HealthComponent.SUPPLIER_ENGAGEMENT)).isEqualTo(100);
        // 1 of 4 = 25 %, of the 60 % that give full marks
        assertThat(score(health, HealthComponent.CUSTOMER_ENGAGEMENT)).isEqualTo(42);
    }

    @Test
    void aSideWithoutMembersHasNoEngagementData() {
        var health = HealthScore.compute(inputs(List.of(), List.of(), List.of(), PulseReading.NONE,
                Map.of(Side.CUSTOMER, new Engagement(0, 0))));
        assertThat(health.component(HealthComponent.CUSTOMER_ENGAGEMENT).score()).isEmpty();
    }

    @Test
    void missingComponentsGiveTheirWeightToTheOthersInProportion() {
        var goals = List.of(new GoalFact("ON_TRACK"));
        var milestones = List.of(new MilestoneFact("JOINT", TODAY.minusDays(30), TODAY.minusDays(30), null));
        var health = HealthScore.compute(inputs(goals, milestones, List.of(), PulseReading.NONE, Map.of()));
        // goals 100 and schedule 0 weigh 20 each: their weights become 50 % each
        assertThat(health.component(HealthComponent.GOALS).effectiveWeight()).isEqualTo(0.5);
        assertThat(health.component(HealthComponent.SUPPLIER_PULSE).effectiveWeight()).isZero();
        assertThat(health.score()).isEqualTo(OptionalInt.of(50));
        assertThat(health.components().stream().mapToDouble(ComponentScore::effectiveWeight).sum()).isEqualTo(1.0);
    }

    @Test
    void theBalanceNamesTheSideThatCarriesTheRelationshipAndWhere() {
        var created = NOW.minus(Duration.ofDays(20));
        var samples = List.of(
                new ResponseSample(Side.SUPPLIER, false, created, TODAY.minusDays(10), null, NOW.minus(Duration.ofDays(12))),
                new ResponseSample(Side.CUSTOMER, false, created, TODAY.minusDays(10), null, null));
        var engagement = Map.of(Side.SUPPLIER, new Engagement(3, 3), Side.CUSTOMER, new Engagement(3, 2));
        var health = HealthScore.compute(inputs(List.of(), List.of(), samples, PulseReading.NONE, engagement));
        var balance = health.balance();
        assertThat(balance.supplier()).isEqualTo(OptionalInt.of(100));
        // responsiveness 0 (weight 12) and engagement 100 (weight 8; 2 of 3 is past 60 %)
        assertThat(balance.customer()).isEqualTo(OptionalInt.of(40));
        assertThat(balance.carrier()).isEqualTo(Optional.of(Side.SUPPLIER));
        assertThat(balance.widestGap().orElseThrow().area()).isEqualTo(HealthArea.RESPONSIVENESS);
        assertThat(balance.widestGap().orElseThrow().gap()).isEqualTo(OptionalInt.of(100));
    }

    @Test
    void sidesWithinTheMarginAreLevel() {
        var engagement = Map.of(Side.SUPPLIER, new Engagement(20, 11), Side.CUSTOMER, new Engagement(20, 10));
        var balance = HealthScore.compute(inputs(List.of(), List.of(), List.of(), PulseReading.NONE, engagement))
                .balance();
        assertThat(balance.supplier().getAsInt() - balance.customer().getAsInt()).isBetween(1, HealthScore.BALANCE_MARGIN);
        assertThat(balance.carrier()).isEmpty();
    }

    @Test
    void theSameInputsAlwaysGiveTheSameScore() {
        var goals = List.of(new GoalFact("AT_RISK"), new GoalFact("ON_TRACK"));
        var milestones = List.of(new MilestoneFact("CUSTOMER", TODAY.minusDays(3), TODAY.plusDays(4), null));
        var engagement = Map.of(Side.SUPPLIER, new Engagement(4, 1), Side.CUSTOMER, new Engagement(2, 2));
        var pulse = new PulseReading(3.5, 4.25, 7, TODAY);
        var first = HealthScore.compute(inputs(goals, milestones, List.of(), pulse, engagement));
        for (int i = 0; i < 5; i++) {
            assertThat(HealthScore.compute(inputs(goals, milestones, List.of(), pulse, engagement))).isEqualTo(first);
        }
        assertThat(first.score()).isPresent();
    }

    @Test
    void bandsFollowTheThresholds() {
        assertThat(HealthBand.of(70)).isEqualTo(HealthBand.HEALTHY);
        assertThat(HealthBand.of(69)).isEqualTo(HealthBand.WATCH);
        assertThat(HealthBand.of(50)).isEqualTo(HealthBand.WATCH);
        assertThat(HealthBand.of(49)).isEqualTo(HealthBand.AT_RISK);
        assertThat(HealthBand.of((Integer) null)).isEqualTo(HealthBand.NO_DATA);
        assertThat(Trend.between(60, 63)).isEqualTo(Trend.UP);
        assertThat(Trend.between(60, 62)).isEqualTo(Trend.STEADY);
        assertThat(Trend.between(60, 57)).isEqualTo(Trend.DOWN);
        assertThat(Trend.between(null, 57)).isEqualTo(Trend.UNKNOWN);
    }
}
