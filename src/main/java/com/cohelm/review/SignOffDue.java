package com.cohelm.review;

import java.time.Instant;

/** A review that has started and waits for the reader's side's sign-off, which the reader gives as its lead. */
public record SignOffDue(long reviewId, long programId, String programName, String title, Instant startsAt) {
}
