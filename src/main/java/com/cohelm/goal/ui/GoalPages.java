package com.cohelm.goal.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the goal pages that other modules link to.
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on goal use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class GoalPages {

    private GoalPages() {
    }

    /** One goal, {@code programs/:programId/goals/:goalId}. */
    public static String goal(long programId, long goalId) {
        return Routes.address(GoalView.class, programId, goalId);
    }
}
