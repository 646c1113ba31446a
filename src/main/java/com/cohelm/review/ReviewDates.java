package com.cohelm.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each of many programs last met for a joint review, for the supplier's portfolio. It checks no
 * access: callers pass only programs the reader may see. One statement whatever the number of programs,
 * none for none.
 */
@Component
public class ReviewDates {

    private final ReviewRepository reviews;
    private final Clock clock;

    ReviewDates(ReviewRepository reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Per program id, the UTC date its latest review that has begun began on; programs without one are absent. */
    @Transactional(readOnly = true)
    public Map<Long, LocalDate> lastHeld(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        var dates = new HashMap<Long, LocalDate>();
        for (var row : reviews.findLastHeld(List.copyOf(programIds), clock.instant())) {
            dates.put((Long) row[0], LocalDate.ofInstant((Instant) row[1], ZoneOffset.UTC));
        }
        return dates;
    }
}
