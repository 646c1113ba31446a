package com.cohelm.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One program's health in one week, read only here: {@link HealthSnapshots} writes it with an upsert. */
@Entity
@Immutable
@Table(name = "health_snapshot")
class HealthSnapshot {

    @Id
    private Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    private Integer score;

    @Column(name = "supplier_score")
    private Integer supplierScore;

    @Column(name = "customer_score")
    private Integer customerScore;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected HealthSnapshot() {
    }

    TrendPoint toPoint() {
        return new TrendPoint(weekStart, score, supplierScore, customerScore);
    }

    long getProgramId() {
        return programId;
    }

    long getCustomerId() {
        return customerId;
    }

    LocalDate getWeekStart() {
        return weekStart;
    }

    Integer getScore() {
        return score;
    }

    Instant getComputedAt() {
        return computedAt;
    }
}
