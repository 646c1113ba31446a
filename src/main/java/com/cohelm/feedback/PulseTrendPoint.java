package com.cohelm.feedback;

import java.time.LocalDate;

/** One revealed pulse in the trend, oldest first. */
public record PulseTrendPoint(long pulseId, String title, LocalDate revealedOn, Double customerAverage,
        Double supplierAverage, Integer netPromoterScore, PerceptionGap largestGap) {
}
