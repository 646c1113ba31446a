package com.cohelm.schedule;

import java.time.Instant;

/** Baseline version B{number}: B0 is the first agreed schedule, each accepted re-baseline adds one. */
public record BaselineVersion(int number, Instant createdAt) {

    public String label() {
        return "B" + number;
    }
}
