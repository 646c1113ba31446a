package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/** Texts for assistive technology that a sighted reader does not need to see (decision 0028). */
public final class Accessibility {

    /** The class that hides a text from view but not from screen readers (styles.css). */
    public static final String VISUALLY_HIDDEN = "visually-hidden";

    private Accessibility() {
    }

    /** A text read by screen readers only, such as the header of a column of buttons. */
    public static Span visuallyHidden(String text) {
        var span = new Span(text);
        span.addClassName(VISUALLY_HIDDEN);
        return span;
    }

    /**
     * Names a column of row buttons for screen readers ("Commands"), which shows no header: a table
     * header without text leaves the column's cells without a name (axe: empty-table-header).
     */
    public static Component buttonsHeader(Component context) {
        return visuallyHidden(context.getTranslation("grid.column.buttons"));
    }
}
