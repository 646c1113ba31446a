package com.cohelm.health;

import com.cohelm.security.Side;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A customer's health: the mean of its programs' scores (each program counts once; programs without data
 * are left out), each program's own figures, and the weekly mean as a trend.
 */
public record CustomerHealth(long customerId, String customerName, OptionalInt score, OptionalInt supplierScore,
        OptionalInt customerScore, List<ProgramScore> programs, List<TrendPoint> trend) {

    /** One program of the customer as its health stands now. */
    public record ProgramScore(long programId, String name, OptionalInt score, Optional<Side> carrier) {
    }
}
