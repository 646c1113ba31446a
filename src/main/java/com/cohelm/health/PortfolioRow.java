package com.cohelm.health;

import com.cohelm.program.ProgramStatus;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One program in the supplier's portfolio, as stored this week ({@code computedAt} says when).
 *
 * @param score           this week's health, null when not computed yet or without data
 * @param slipping        open milestones planned past their baseline or late
 * @param overdueSupplier open items past due on the supplier's side
 * @param overdueCustomer open items past due on the customer's side
 * @param lastReview      the last joint review, null when none (or no reviews feature yet)
 * @param lastPulse       when the latest pulse was revealed, null when none
 */
public record PortfolioRow(long programId, String programName, long customerId, String customerName,
        ProgramStatus status, Integer score, Integer previousScore, Integer supplierScore, Integer customerScore,
        long slipping, long overdueSupplier, long overdueCustomer, LocalDate lastReview, LocalDate lastPulse,
        Instant computedAt) {

    public Trend trend() {
        return Trend.between(previousScore, score);
    }

    public HealthBand band() {
        return HealthBand.of(score);
    }
}
