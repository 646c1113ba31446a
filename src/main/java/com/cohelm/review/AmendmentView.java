package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.time.Instant;

/** An amendment to a closed review; {@code html} is rendered and sanitised. */
public record AmendmentView(long id, PersonSummary author, String markdown, String html, Instant createdAt) {
}
