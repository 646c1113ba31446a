package com.cohelm.health;

import com.cohelm.action.ActionFacts;
import com.cohelm.goal.GoalFacts;
import com.cohelm.health.HealthInputs.Engagement;
import com.cohelm.health.HealthInputs.GoalFact;
import com.cohelm.health.HealthInputs.MilestoneFact;
import com.cohelm.program.ProgramFacts;
import com.cohelm.schedule.ScheduleFacts;
import com.cohelm.security.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers what health is computed from, for many programs at once: each feature's own figures from its own
 * batch query ({@link GoalFacts}, {@link ScheduleFacts}, {@link ActionFacts}, {@link ProgramFacts}), one
 * statement per feature whatever the number of programs. Health reads no other feature's tables and keeps
 * none of their rules; see {@code docs/decisions/0014-relationship-health.md}. It checks no access:
 * {@link HealthService} calls it with program ids it has authorized, or from the weekly job.
 */
@Component
class HealthFacts {

    private final ProgramFacts programs;
    private final GoalFacts goals;
    private final ScheduleFacts schedule;
    private final ActionFacts actions;

    HealthFacts(ProgramFacts programs, GoalFacts goals, ScheduleFacts schedule, ActionFacts actions) {
        this.programs = programs;
        this.goals = goals;
        this.schedule = schedule;
        this.actions = actions;
    }

    /** A program as the job and the portfolio need it. */
    record ProgramKey(long programId, long customerId) {
    }

    /** Every program that is not completed: those are the ones whose health still moves. */
    List<ProgramKey> openPrograms() {
        return programs.notCompleted().stream().map(p -> new ProgramKey(p.programId(), p.customerId())).toList();
    }

    /** The inputs of each given program as of {@code now}; four statements whatever the number of programs. */
    @Transactional(readOnly = true)
    Map<Long, HealthInputs> inputs(Collection<Long> programIds, Instant now, Map<Long, PulseReading> pulses) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var goalStatuses = goals.statuses(programIds);
        var milestones = schedule.milestones(programIds, today);
        var responsiveness = actions.responsiveness(programIds, now);
        var engagement = programs.engagement(programIds, now.minus(Duration.ofDays(HealthScore.ENGAGEMENT_DAYS)), now);
        var result = new HashMap<Long, HealthInputs>();
        for (var id : programIds) {
            result.put(id, new HealthInputs(today,
                    goalStatuses.getOrDefault(id, List.of()).stream().map(s -> new GoalFact(s.name())).toList(),
                    milestones.getOrDefault(id, List.of()).stream().map(m -> new MilestoneFact(
                            m.ownerSide() == null ? null : m.ownerSide().name(), m.baseline(), m.planned(), m.done()))
                            .toList(),
                    responsiveness.get(id), pulses.getOrDefault(id, PulseReading.NONE),
                    engagement(engagement.getOrDefault(id, Map.of()))));
        }
        return result;
    }

    private static Map<Side, Engagement> engagement(Map<Side, ProgramFacts.TeamEngagement> team) {
        var result = new EnumMap<Side, Engagement>(Side.class);
        team.forEach((side, t) -> result.put(side, new Engagement(t.members(), t.active())));
        return result;
    }

    /** The customer of each given program. */
    Map<Long, Long> customers(Collection<Long> programIds) {
        return programs.customers(programIds);
    }
}
