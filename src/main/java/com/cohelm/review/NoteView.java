package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.time.Instant;

/**
 * A note of the minutes.
 *
 * @param markdown what the author typed
 * @param html     the same rendered and sanitised, safe to show as HTML
 */
public record NoteView(long id, PersonSummary author, String markdown, String html, Instant createdAt) {
}
