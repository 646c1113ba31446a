package com.cohelm.activity.ui;

import com.vaadin.flow.component.Component;

/** Lets other packages' access matrices recognise the program feed page. */
public final class ProgramActivityViewAccess {

    private ProgramActivityViewAccess() {
    }

    public static boolean isFeed(Component view) {
        return view instanceof ProgramActivityView;
    }
}
