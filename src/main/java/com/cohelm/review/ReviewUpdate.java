package com.cohelm.review;

/**
 * Published after a review changed, and pushed to every open screen of it once the change is committed.
 * It carries no content: each screen reads the review again through the service, as its own user.
 */
public record ReviewUpdate(long reviewId, long programId, What what) {

    public enum What {
        DETAILS,
        AGENDA,
        CURRENT_ITEM,
        MINUTES,
        SIGN_OFF,
        AMENDMENT
    }
}
