package com.cohelm.review.ui;

import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;

/**
 * A screen of a review that follows it live: each pushed update runs {@code refresh} in the screen's UI,
 * which reads the review again as its user. The screen registers when attached and removes the
 * registration when detached, so a closed tab stops receiving updates.
 */
final class LiveReview {

    private final ReviewBroadcaster broadcaster;
    private final CurrentUserService currentUser;
    private final Supplier<Long> reviewId;
    private final Runnable refresh;
    private Registration registration;

    private LiveReview(ReviewBroadcaster broadcaster, CurrentUserService currentUser, Supplier<Long> reviewId,
            Runnable refresh) {
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.reviewId = reviewId;
        this.refresh = refresh;
    }

    /**
     * Makes the screen follow its review while it is attached.
     *
     * @param reviewId the review the screen shows, or null while it shows none (a not-found address)
     */
    static void whileAttached(Component screen, ReviewBroadcaster broadcaster, CurrentUserService currentUser,
            Supplier<Long> reviewId, Runnable refresh) {
        var live = new LiveReview(broadcaster, currentUser, reviewId, refresh);
        screen.addAttachListener(event -> live.follow(event.getUI()));
        screen.addDetachListener(event -> live.stop());
    }

    private void follow(UI ui) {
        var id = reviewId.get();
        if (id == null || registration != null) {
            return;
        }
        registration = broadcaster.register(id, currentUser.require(), update -> {
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException e) {
                // the screen closed meanwhile: its detach removes the registration
            }
        });
    }

    private void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
