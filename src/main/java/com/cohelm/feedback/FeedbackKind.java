package com.cohelm.feedback;

/** What a feedback item is: praise, criticism (the most valuable input) or an idea. */
public enum FeedbackKind {
    PRAISE,
    CRITICISM,
    IDEA
}
