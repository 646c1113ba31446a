package com.cohelm.feedback;

import java.time.LocalDate;

/**
 * A program's latest revealed pulse in figures, for relationship health.
 *
 * @param customerRatingOfSupplier      the mean of all customer ratings (1–5), null without any
 * @param supplierRatingOfCollaboration the mean of the supplier ratings (1–5) that are not internal, null without any
 * @param netPromoterScore              -100 to 100, null when no customer answered
 * @param revealedOn                    the day (UTC) the pulse was revealed
 */
public record PulseScores(long programId, Double customerRatingOfSupplier, Double supplierRatingOfCollaboration,
        Integer netPromoterScore, LocalDate revealedOn) {
}
