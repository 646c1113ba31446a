package com.cohelm.review.ui;

import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

/**
 * A screen of a review that follows it live: each pushed update runs {@code refresh} in the screen's UI,
 * which reads the review again as its user. The screen registers when attached and removes the
 * registration when detached.
 */
final class LiveReview {

    private LiveReview() {
    }

    static Registration follow(UI ui, ReviewBroadcaster broadcaster, long reviewId, CurrentUser user, Runnable refresh) {
        return broadcaster.register(reviewId, user, update -> {
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException e) {
                // the screen closed meanwhile: its detach removes the registration
            }
        });
    }
}
