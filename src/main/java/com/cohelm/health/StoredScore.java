package com.cohelm.health;

import java.time.Instant;
import java.time.LocalDate;

/** A program's stored health of one week, as the portfolio shows it. */
record StoredScore(long programId, LocalDate weekStart, Integer score, Integer supplierScore, Integer customerScore,
        Instant computedAt) {
}
