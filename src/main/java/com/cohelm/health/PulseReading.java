package com.cohelm.health;

import java.time.LocalDate;

/**
 * The latest revealed pulse of a program as health reads it: each side's average rating (1–5), the
 * customer's likelihood to recommend (0–10), and when it was revealed. Null parts mean no data. Ratings
 * the supplier marked internal never arrive here: the pulse source leaves them out.
 */
public record PulseReading(Double customerRatingOfSupplier, Double supplierRatingOfCollaboration,
        Integer netPromoterScore, LocalDate revealedOn) {

    public static final PulseReading NONE = new PulseReading(null, null, null, null);
}
