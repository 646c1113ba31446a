package com.cohelm.action.ui;

import com.cohelm.base.ui.Routes;
import org.springframework.modulith.NamedInterface;

/**
 * The addresses of the action pages that other modules link to.
 * Its views stay package-private: a page of another module links here by type, so a renamed route fails to
 * compile. Only modules that may depend on action use it (the lower module never knows a higher one's pages).
 */
@NamedInterface("pages")
public final class ActionPages {

    private ActionPages() {
    }

    /** The program's action plan, {@code programs/:programId/actions}. */
    public static String actions(long programId) {
        return Routes.address(ActionsView.class, programId);
    }
}
