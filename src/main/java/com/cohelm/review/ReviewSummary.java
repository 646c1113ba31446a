package com.cohelm.review;

import java.time.Instant;

/** A review as the program's list of reviews shows it. */
public record ReviewSummary(long id, long programId, String title, Instant startsAt, Instant endsAt, String location,
        int attendeeCount, ReviewState state, Instant closedAt) {
}
