package com.cohelm.feedback;

import com.cohelm.security.Side;

/** The feedback page's filters; null means any. */
public record FeedbackFilter(FeedbackKind kind, FeedbackStatus status, Side fromSide) {

    public static FeedbackFilter all() {
        return new FeedbackFilter(null, null, null);
    }
}
