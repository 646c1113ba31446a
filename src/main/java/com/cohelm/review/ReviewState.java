package com.cohelm.review;

/** Where a review stands: planned, under way or over but not signed by both sides, or closed. */
public enum ReviewState {
    UPCOMING,
    OPEN,
    CLOSED
}
