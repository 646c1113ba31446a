package com.cohelm.review.ui;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * What the two screens of a review ({@link ReviewView}, {@link PresentView}) share: they follow the review
 * live, and read it again the same way. Each pushed update refreshes the screen in its UI: the review read
 * again as the screen's user and shown, or, when they may no longer see it (the review is gone, or they lost
 * access to its program), a sentence that says so in place of it. The screen registers for updates when
 * attached, once it shows a review, and removes the registration when detached, so a closed tab stops
 * receiving updates.
 */
final class LiveReview {

    private final ReviewService reviewService;
    private final ReviewBroadcaster broadcaster;
    private final CurrentUserService currentUser;
    private final Consumer<ReviewDetails> show;
    private final Runnable lost;
    private Long reviewId;
    private Registration registration;

    private LiveReview(ReviewService reviewService, ReviewBroadcaster broadcaster, CurrentUserService currentUser,
            Consumer<ReviewDetails> show, Runnable lost) {
        this.reviewService = reviewService;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.show = show;
        this.lost = lost;
    }

    /**
     * Makes a screen follow its review while it is attached.
     *
     * @param show   shows the review as just read
     * @param lostIn what the sentence "no longer available" replaces when the review is lost: the whole screen,
     *               or its slide
     */
    static LiveReview follow(Component screen, HasComponents lostIn, ReviewService reviewService,
            ReviewBroadcaster broadcaster, CurrentUserService currentUser, Consumer<ReviewDetails> show) {
        var live = new LiveReview(reviewService, broadcaster, currentUser, show, () -> {
            lostIn.removeAll();
            lostIn.add(new Paragraph(screen.getTranslation("review.lost")));
        });
        screen.addAttachListener(event -> live.follow(event.getUI()));
        screen.addDetachListener(event -> live.stop());
        return live;
    }

    /** Shows the review the address named, as the page found it; from now on the screen follows it. */
    void show(ReviewDetails review) {
        reviewId = review.id();
        show.accept(review);
    }

    /**
     * Reads the review again as the reader and shows it; one they may no longer see is lost on their screen.
     * The screen keeps following: the next update reads it again.
     */
    void refresh() {
        try {
            reviewService.review(reviewId).ifPresentOrElse(show, lost);
        } catch (ResourceNotFoundException e) {
            lost.run();
        }
    }

    private void follow(UI ui) {
        if (reviewId == null || registration != null) {
            return;
        }
        registration = broadcaster.register(reviewId, currentUser.require(), update -> {
            try {
                ui.access(this::refresh);
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
