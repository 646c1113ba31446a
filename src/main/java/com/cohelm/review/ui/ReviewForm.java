package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewDraft;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the review form edits (public only because Binder reads records by reflection). The date and time
 * are in the reader's time zone; the draft carries the instant.
 */
public record ReviewForm(String title, LocalDate date, LocalTime time, Integer durationMinutes, String location,
        Set<PersonSummary> attendees) {

    static ReviewForm empty(LocalDate date) {
        return new ReviewForm("", date, LocalTime.of(10, 0), 60, "", Set.of());
    }

    static ReviewForm of(ReviewDetails review, ZoneId zone) {
        var local = review.startsAt().atZone(zone);
        return new ReviewForm(review.title(), local.toLocalDate(), local.toLocalTime(), review.durationMinutes(),
                review.location() == null ? "" : review.location(),
                review.attendees().stream().map(a -> a.person()).collect(Collectors.toSet()));
    }

    ReviewDraft toDraft(ZoneId zone) {
        return new ReviewDraft(title, date.atTime(time).atZone(zone).toInstant(), durationMinutes, location,
                attendees.stream().map(PersonSummary::id).collect(Collectors.toSet()));
    }
}
