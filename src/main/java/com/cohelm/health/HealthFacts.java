package com.cohelm.health;

import com.cohelm.action.ResponseSample;
import com.cohelm.action.Responsiveness;
import com.cohelm.health.HealthInputs.Engagement;
import com.cohelm.health.HealthInputs.GoalFact;
import com.cohelm.health.HealthInputs.MilestoneFact;
import com.cohelm.security.Side;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what health is computed from, for many programs at once: one statement per kind of input,
 * whatever the number of programs. Health is a read model over the goals, schedule, action plan and
 * activity tables (read only, never written); see {@code docs/decisions/0014-relationship-health.md}.
 * It checks no access: {@link HealthService} calls it with program ids it has authorized, or from the
 * weekly job.
 */
@Component
class HealthFacts {

    @PersistenceContext
    private EntityManager entityManager;

    /** A program as the job and the portfolio need it. */
    record ProgramKey(long programId, long customerId) {
    }

    /** Every program that is not completed: those are the ones whose health still moves. */
    @Transactional(readOnly = true)
    List<ProgramKey> openPrograms() {
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, customer_id from program where status <> 'COMPLETED' order by id").getResultList();
        return rows.stream().map(r -> new ProgramKey(number(r[0]), number(r[1]))).toList();
    }

    /** The inputs of each given program as of {@code now}; four statements whatever the number of programs. */
    @Transactional(readOnly = true)
    Map<Long, HealthInputs> inputs(Collection<Long> programIds, Instant now, Map<Long, PulseReading> pulses) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var goals = new HashMap<Long, List<GoalFact>>();
        List<Object[]> goalRows = entityManager.createNativeQuery(
                        "select program_id, status from goal where program_id in (:ids)")
                .setParameter("ids", programIds).getResultList();
        goalRows.forEach(r -> goals.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(new GoalFact((String) r[1])));

        var milestones = new HashMap<Long, List<MilestoneFact>>();
        List<Object[]> milestoneRows = entityManager.createNativeQuery(
                        "select program_id, owner_side, baseline_date, planned_date, done_date from milestone"
                                + " where program_id in (:ids)")
                .setParameter("ids", programIds).getResultList();
        milestoneRows.forEach(r -> milestones.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                .add(new MilestoneFact((String) r[1], date(r[2]), date(r[3]), doneBy(date(r[4]), today))));

        var since = Responsiveness.windowStart(now);
        var samples = new HashMap<Long, List<ResponseSample>>();
        List<Object[]> sampleRows = entityManager.createNativeQuery(
                        "select program_id, assignee_side, question, created_at, due_date, answered_at, closed_at"
                                + " from action_item where program_id in (:ids) and (closed_at >= :since"
                                + " or answered_at >= :since or (status <> 'DONE' and due_date < :today"
                                + " and due_date >= :sinceDay))")
                .unwrap(NativeQuery.class)
                .addScalar("program_id", Long.class).addScalar("assignee_side", String.class)
                .addScalar("question", Boolean.class).addScalar("created_at", Instant.class)
                .addScalar("due_date", LocalDate.class).addScalar("answered_at", Instant.class)
                .addScalar("closed_at", Instant.class)
                .setParameter("ids", programIds).setParameter("since", since)
                .setParameter("today", today)
                .setParameter("sinceDay", LocalDate.ofInstant(since, ZoneOffset.UTC))
                .getResultList();
        sampleRows.forEach(r -> samples.computeIfAbsent(number(r[0]), k -> new ArrayList<>())
                .add(new ResponseSample(Side.valueOf((String) r[1]), bool(r[2]), instant(r[3]), date(r[4]),
                        instant(r[5]), instant(r[6]))));

        var engagement = new HashMap<Long, Map<Side, Engagement>>();
        List<Object[]> engagementRows = entityManager.createNativeQuery(
                        "select pm.program_id, o.kind, count(*), sum(case when exists (select 1 from activity_event e"
                                + " where e.program_id = pm.program_id and e.actor_id = pm.user_id"
                                + " and e.supplier_internal = false and e.occurred_at >= :active and e.occurred_at <= :now)"
                                + " then 1 else 0 end)"
                                + " from program_member pm join user_account u on u.id = pm.user_id"
                                + " join organization o on o.id = u.organization_id"
                                + " where pm.program_id in (:ids) and u.enabled = true group by pm.program_id, o.kind")
                .setParameter("ids", programIds)
                .setParameter("active", now.minus(Duration.ofDays(HealthScore.ENGAGEMENT_DAYS)))
                .setParameter("now", now)
                .getResultList();
        engagementRows.forEach(r -> engagement.computeIfAbsent(number(r[0]), k -> new EnumMap<>(Side.class))
                .put(Side.valueOf((String) r[1]), new Engagement((int) number(r[2]), (int) number(r[3]))));

        var result = new HashMap<Long, HealthInputs>();
        for (var id : programIds) {
            result.put(id, new HealthInputs(today, goals.getOrDefault(id, List.of()),
                    milestones.getOrDefault(id, List.of()),
                    Responsiveness.compute(samples.getOrDefault(id, List.of()), now),
                    pulses.getOrDefault(id, PulseReading.NONE), engagement.getOrDefault(id, Map.of())));
        }
        return result;
    }

    /** As of a past day, a milestone done later was still open. */
    private static LocalDate doneBy(LocalDate done, LocalDate today) {
        return done == null || done.isAfter(today) ? null : done;
    }

    /** The customer of each given program. */
    @Transactional(readOnly = true)
    Map<Long, Long> customers(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("select id, customer_id from program where id in (:ids)")
                .setParameter("ids", programIds).getResultList();
        var result = new HashMap<Long, Long>();
        rows.forEach(r -> result.put(number(r[0]), number(r[1])));
        return result;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate d -> d;
            case java.sql.Date d -> d.toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + value.getClass());
        };
    }

    static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> t.toInstant(ZoneOffset.UTC);
            default -> throw new IllegalArgumentException("Not a time: " + value.getClass());
        };
    }
}
