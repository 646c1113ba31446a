package com.cohelm.activity.ui;

import com.vaadin.flow.component.Component;

/** Lets other packages' access matrices recognise the activity pages, whose classes are public anyway. */
public final class AuditViewAccess {

    private AuditViewAccess() {
    }

    public static boolean isAudit(Component view) {
        return view instanceof AuditView;
    }
}
