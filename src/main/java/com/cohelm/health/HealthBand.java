package com.cohelm.health;

import java.util.OptionalInt;

/** Where a score stands: healthy from 70, watch from 50, at risk below; no data without a score. */
public enum HealthBand {
    HEALTHY,
    WATCH,
    AT_RISK,
    NO_DATA;

    public static final int HEALTHY_FROM = 70;
    public static final int WATCH_FROM = 50;

    public static HealthBand of(OptionalInt score) {
        if (score.isEmpty()) {
            return NO_DATA;
        }
        return score.getAsInt() >= HEALTHY_FROM ? HEALTHY : score.getAsInt() >= WATCH_FROM ? WATCH : AT_RISK;
    }

    public static HealthBand of(Integer score) {
        return of(score == null ? OptionalInt.empty() : OptionalInt.of(score));
    }
}
