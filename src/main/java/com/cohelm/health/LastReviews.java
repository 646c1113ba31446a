package com.cohelm.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The date of each program's last joint review, for the portfolio: the reviews feature's
 * ({@link HeldReviews}), one query for all the page's programs.
 */
public interface LastReviews {

    /** The last review date per program; programs without a review may be missing from the map. */
    Map<Long, LocalDate> lastReviewDates(Collection<Long> programIds);
}
