package com.cohelm.health;

import com.cohelm.health.HealthInputs.Engagement;
import com.cohelm.security.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A program's health page: the same for both sides, since every input is shared (supplier-internal
 * activity and internal pulse ratings never reach the score).
 *
 * @param engagement    per side, the members and how many were active in the last 30 days
 * @param trend         the weekly snapshots, oldest first, this week's being the live figure
 * @param customerScope whether the reader sees the whole customer (supplier staff, customer admins), so the
 *                      customer-level score can be offered
 */
public record ProgramHealth(long programId, String programName, long customerId, String customerName,
        HealthBreakdown breakdown, Map<Side, Engagement> engagement, PulseReading pulse, List<TrendPoint> trend,
        Instant computedAt, boolean customerScope) {
}
