package com.cohelm.schedule;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves calendar feeds to calendar apps, which fetch them without a session. */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final MilestoneCalendar calendar;

    CalendarFeedController(MilestoneCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/" + MilestoneCalendar.PATH + "{token}")
    ResponseEntity<String> feed(@PathVariable String token) {
        return calendar.feed(token)
                .map(body -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"milestones.ics\"").body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
