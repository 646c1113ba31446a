package com.cohelm.health;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The date of each program's last joint review, for the portfolio. Reviews belong to the reviews feature;
 * until it provides a bean of this type the portfolio's column stays empty. Wiring it is one bean that
 * answers with one query for all the page's programs.
 */
public interface LastReviews {

    /** The last review date per program; programs without a review may be missing from the map. */
    Map<Long, LocalDate> lastReviewDates(Collection<Long> programIds);

    /** No reviews feature yet: no program has a review. */
    LastReviews NONE = programIds -> Map.of();
}
