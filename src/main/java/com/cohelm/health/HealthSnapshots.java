package com.cohelm.health;

import com.cohelm.health.HealthFacts.ProgramKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes and stores programs' health for the week an instant falls in. Every write is an upsert on
 * (program, week): running twice, or on two nodes at once, leaves one row per program and week holding
 * the latest computation. Checks no access: the job and the demo data call it.
 */
@Component
class HealthSnapshots {

    /** Programs computed per round of statements, so a large portfolio never builds one huge IN list. */
    static final int BATCH = 200;

    private static final String UPSERT = """
            insert into health_snapshot (program_id, customer_id, week_start, score, supplier_score, customer_score,
                goals, schedule, supplier_responsiveness, customer_responsiveness, supplier_pulse, customer_pulse,
                supplier_engagement, customer_engagement, computed_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on duplicate key update customer_id = values(customer_id), score = values(score),
                supplier_score = values(supplier_score), customer_score = values(customer_score),
                goals = values(goals), schedule = values(schedule),
                supplier_responsiveness = values(supplier_responsiveness),
                customer_responsiveness = values(customer_responsiveness), supplier_pulse = values(supplier_pulse),
                customer_pulse = values(customer_pulse), supplier_engagement = values(supplier_engagement),
                customer_engagement = values(customer_engagement), computed_at = values(computed_at)
            """;

    private final HealthFacts facts;
    private final PulseInput pulseInput;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    HealthSnapshots(HealthFacts facts, PulseInput pulseInput, JdbcTemplate jdbc, Clock clock) {
        this.facts = facts;
        this.pulseInput = pulseInput;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    PulseInput pulses() {
        return pulseInput;
    }

    /** This week's health of every program that is not completed; returns how many were stored. */
    @Transactional
    int refreshOpenPrograms() {
        return store(facts.openPrograms(), clock.instant()).size();
    }

    /** Computes the given programs as of {@code asOf} and stores them in that instant's week. */
    @Transactional
    Map<Long, HealthBreakdown> store(List<ProgramKey> programs, Instant asOf) {
        var week = Weeks.startOf(asOf);
        var computedAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var result = new HashMap<Long, HealthBreakdown>();
        for (int from = 0; from < programs.size(); from += BATCH) {
            var batch = programs.subList(from, Math.min(programs.size(), from + BATCH));
            var ids = batch.stream().map(ProgramKey::programId).toList();
            var inputs = facts.inputs(ids, asOf, pulses().latest(ids));
            var rows = new ArrayList<Object[]>();
            for (var program : batch) {
                var health = HealthScore.compute(inputs.get(program.programId()));
                result.put(program.programId(), health);
                rows.add(row(program, week, health, computedAt));
            }
            jdbc.batchUpdate(UPSERT, rows);
        }
        return result;
    }

    private static Object[] row(ProgramKey program, java.time.LocalDate week, HealthBreakdown health,
            LocalDateTime computedAt) {
        var row = new ArrayList<Object>(List.of(program.programId(), program.customerId(), week));
        row.add(value(health.score()));
        row.add(value(health.balance().supplier()));
        row.add(value(health.balance().customer()));
        for (var component : HealthComponent.values()) {
            row.add(value(health.component(component).score()));
        }
        row.add(computedAt);
        return row.toArray();
    }

    private static Integer value(java.util.OptionalInt score) {
        return score.isPresent() ? score.getAsInt() : null;
    }
}
