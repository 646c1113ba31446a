package com.cohelm.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;

/** Going to an address the way a link would, from server code. */
public final class Navigation {

    private Navigation() {
    }

    /**
     * Navigates to an app-relative address such as {@code programs/3/goals/7?comment=12}. The query string
     * must go to the router as parameters: {@link UI#navigate(String)} takes a path only.
     */
    public static void to(UI ui, String address) {
        var location = new Location(address);
        ui.navigate(location.getPath(), location.getQueryParameters());
    }
}
