package com.cohelm.health;

import com.cohelm.base.demo.DemoDataContributor;
import java.time.Clock;
import java.time.Duration;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Eight weeks of health for the demo programs, so the trend charts and the portfolio's arrows show
 * something from the first start. Nothing is invented: each past week is computed by the same function
 * from the demo records as of that week (actions and activity by their timestamps, milestones done later
 * counted as open; goals and plans as they stand today, since their past states are not kept). The
 * writes are upserts, so a second run duplicates nothing.
 */
@Component
@Order(70)
class HealthDemoData implements DemoDataContributor {

    static final int WEEKS = 8;

    private final HealthFacts facts;
    private final HealthSnapshots snapshots;
    private final Clock clock;

    HealthDemoData(HealthFacts facts, HealthSnapshots snapshots, Clock clock) {
        this.facts = facts;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        var programs = facts.openPrograms();
        var now = clock.instant();
        for (int week = WEEKS - 1; week >= 0; week--) {
            snapshots.store(programs, now.minus(Duration.ofDays(7L * week)));
        }
    }
}
