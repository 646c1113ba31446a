package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.time.ZoneId;

/** An attendee with the time zone they read the meeting's time in. */
public record AttendeeView(PersonSummary person, ZoneId timeZone) {
}
