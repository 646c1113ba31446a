package com.cohelm.shell;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The one not-found page: for a route that does not exist, an id that does not exist, and an id the
 * user may not see. They must look exactly alike.
 */
final class NotFoundContent extends Composite<VerticalLayout> {

    NotFoundContent() {
        var layout = getContent();
        layout.addClassName("not-found");
        layout.add(new H2(getTranslation("not-found.title")),
                new Paragraph(getTranslation("not-found.text")),
                new Anchor("", getTranslation("not-found.home")));
    }
}
