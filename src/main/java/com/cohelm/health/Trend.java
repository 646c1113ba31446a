package com.cohelm.health;

/** Which way a score moved since the week before: by at least {@link #THRESHOLD} points, or steady. */
public enum Trend {
    UP,
    STEADY,
    DOWN,
    UNKNOWN;

    public static final int THRESHOLD = 3;

    public static Trend between(Integer previous, Integer current) {
        if (previous == null || current == null) {
            return UNKNOWN;
        }
        int change = current - previous;
        return change >= THRESHOLD ? UP : change <= -THRESHOLD ? DOWN : STEADY;
    }
}
