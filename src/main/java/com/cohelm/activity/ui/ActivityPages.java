package com.cohelm.activity.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the activity pages that other modules link to.
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on activity use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class ActivityPages {

    private ActivityPages() {
    }

    /** The program's activity feed, {@code programs/:programId/activity}. */
    public static String programActivity(long programId) {
        return Routes.address(ProgramActivityView.class, programId);
    }
}
