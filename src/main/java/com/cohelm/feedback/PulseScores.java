package com.cohelm.feedback;

import java.time.LocalDate;

/**
 * A program's latest revealed pulse in figures, for relationship health.
 *
 * @param customerRatingOfSupplier      the mean of all customer ratings (1–5), null when fewer customers than
 *                                      the minimum per side answered
 * @param supplierRatingOfCollaboration the mean of the supplier ratings (1–5) that are not internal, null when
 *                                      fewer of them than the minimum per side
 * @param netPromoterScore              -100 to 100, null when fewer customers than the minimum answered
 * @param revealedOn                    the day (UTC) the pulse was revealed
 */
public record PulseScores(long programId, Double customerRatingOfSupplier, Double supplierRatingOfCollaboration,
        Integer netPromoterScore, LocalDate revealedOn) {
}
