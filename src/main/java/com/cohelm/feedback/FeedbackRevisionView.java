package com.cohelm.feedback;

import java.time.Instant;

/**
 * An earlier wording of a feedback item, kept when it was edited; both sides read the history.
 *
 * @param editedBy who edited, as the reader may know them (an organization name where the author is hidden)
 */
public record FeedbackRevisionView(FeedbackKind kind, String title, String body, String editedBy, Instant editedAt) {
}
