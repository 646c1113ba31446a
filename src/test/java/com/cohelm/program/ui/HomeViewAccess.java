package com.cohelm.program.ui;

import com.vaadin.flow.component.Component;

/** Lets tests of other packages recognise the package-private home view. */
public final class HomeViewAccess {

    private HomeViewAccess() {
    }

    public static boolean isHome(Component view) {
        return view instanceof HomeView;
    }
}
