package com.cohelm.feedback;

/**
 * A program's feedback in brief, for its overview: open criticism and the latest revealed pulse.
 *
 * @param latest null before the first pulse is revealed
 */
public record FeedbackSummary(long openCriticism, long openItems, PulseTrendPoint latest) {
}
