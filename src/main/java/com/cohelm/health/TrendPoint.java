package com.cohelm.health;

import java.time.LocalDate;

/** One week of a health trend: the score and each side's own score, null where there was no data. */
public record TrendPoint(LocalDate weekStart, Integer score, Integer supplierScore, Integer customerScore) {
}
