package com.cohelm.feedback.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the feedback pages that other modules link to.
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on feedback use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class FeedbackPages {

    private FeedbackPages() {
    }

    /** The program's feedback, {@code programs/:programId/feedback}. */
    public static String feedback(long programId) {
        return Routes.address(FeedbackView.class, programId);
    }
}
