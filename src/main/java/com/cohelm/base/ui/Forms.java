package com.cohelm.base.ui;

import com.vaadin.flow.component.formlayout.FormLayout;

/** The layout every edit dialog shares, so forms line up the same way across features. */
public final class Forms {

    private Forms() {
    }

    /** Two columns of at least 14rem that stretch to the dialog, collapsing to one on a narrow screen. */
    public static FormLayout twoColumns() {
        var form = new FormLayout();
        form.setAutoResponsive(true);
        form.setMaxColumns(2);
        form.setColumnWidth("14rem");
        form.setExpandColumns(true);
        form.setExpandFields(true);
        return form;
    }
}
