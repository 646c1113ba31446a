package com.cohelm.review;

import com.cohelm.base.CalendarText;
import com.cohelm.base.ResourceNotFoundException;
import java.net.URI;
import java.time.Clock;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review as an iCalendar event, for attendees to add to their calendars. Its times are UTC instants, so
 * every calendar app shows them in its owner's time zone; the UID stays the same and the sequence follows
 * the review's version, so importing it again after a change updates the event instead of adding one.
 * Built the way {@code schedule.MilestoneCalendar} builds its feed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewCalendar {

    private final ReviewService reviews;
    private final Clock clock;

    ReviewCalendar(ReviewService reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    /** The review's {@code .ics} text; an invisible review answers as not found. */
    public String ics(long reviewId) {
        var review = reviews.review(reviewId).orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        var calendar = new Calendar().withProdId("-//CoHelm//Reviews//EN").withDefaults().getFluentTarget();
        var event = new VEvent(review.startsAt(), review.endsAt(), review.programName() + ": " + review.title());
        event.add(new Uid("review-" + review.id() + "@cohelm"));
        event.replace(new DtStamp(clock.instant())); // the constructor already stamps the event: one DTSTAMP
        event.add(new Sequence((int) review.version()));
        if (review.location() != null) {
            event.add(new Location(review.location()));
        }
        event.add(new Description(review.agenda().stream().map(item -> "- " + item.title())
                .collect(Collectors.joining("\n"))));
        for (var attendee : review.attendees()) {
            var property = new Attendee(URI.create("mailto:" + attendee.person().email()));
            property.add(new Cn(attendee.person().displayName()));
            event.add(property);
        }
        calendar.add(event);
        return CalendarText.of(calendar);
    }
}
