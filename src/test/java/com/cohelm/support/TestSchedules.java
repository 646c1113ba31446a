package com.cohelm.support;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.schedule.MilestoneDetails;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A schedule with links, made in a {@link TestPrograms} program by its supplier lead (Sam): "Firmware release
 * candidate" waits on "Fixture design frozen" and "Test plan agreed" and serves the goal "First-pass yield",
 * the shape of the milestones that lost their dependencies in issue 26.
 */
@Component
public class TestSchedules {

    public static final String RELEASE = "Firmware release candidate";
    public static final String FIXTURE = "Fixture design frozen";
    public static final String TEST_PLAN = "Test plan agreed";
    public static final String GOAL = "First-pass yield";

    public record LinkedSchedule(long programId, long goalId, MilestoneDetails fixture, MilestoneDetails testPlan,
            MilestoneDetails release) {
    }

    private final MilestoneService milestoneService;
    private final GoalService goals;
    private final SignIn signIn;
    private final DemoPrograms demo;

    TestSchedules(MilestoneService milestoneService, GoalService goals, SignIn signIn, DemoPrograms demo) {
        this.milestoneService = milestoneService;
        this.goals = goals;
        this.signIn = signIn;
        this.demo = demo;
    }

    /** Nobody is signed in afterwards. */
    public LinkedSchedule linked(long programId) {
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
            var start = TestClock.today().plusDays(20);
            var goalId = goals.create(programId, new GoalDraft(GOAL, "Fewer returns", "Yield", "%",
                    new BigDecimal("90"), new BigDecimal("98"), KpiDirection.UP, start.plusMonths(3), sam,
                    goals.candidates(programId).customerMembers().getFirst().id())).summary().id();
            var fixture = milestone(programId, FIXTURE, start, Set.of(), Set.of());
            var testPlan = milestone(programId, TEST_PLAN, start.plusDays(5), Set.of(), Set.of());
            var release = milestone(programId, RELEASE, start.plusDays(30),
                    Set.of(fixture.row().id(), testPlan.row().id()), Set.of(goalId));
            return new LinkedSchedule(programId, goalId, fixture, testPlan, release);
        } finally {
            signIn.out();
        }
    }

    private MilestoneDetails milestone(long programId, String title, LocalDate date, Set<Long> dependsOn,
            Set<Long> goalIds) {
        return milestoneService.create(programId, new MilestoneDraft(title, "What it takes", OwnerSide.SUPPLIER,
                demo.personId(DemoLogins.SUPPLIER_MEMBER), date, date, dependsOn, goalIds, null));
    }
}
