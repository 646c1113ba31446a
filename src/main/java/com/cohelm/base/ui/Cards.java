package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The building blocks of the overview pages: titled cards holding labelled facts. */
public final class Cards {

    private Cards() {
    }

    /** A card under a page's section heading (an H2 above it): its title is an H3. */
    public static Card titled(String title, Component... content) {
        return card(new H3(title), content);
    }

    /**
     * A card that is itself a section of the page (the profile's cards, one per mail): its title is an H2,
     * so that headings do not skip a level below the page title (axe: heading-order). It looks the same.
     */
    public static Card section(String title, Component... content) {
        var heading = new H2(title);
        heading.addClassName("card-section-title");
        return card(heading, content);
    }

    private static Card card(Component title, Component... content) {
        var card = new Card();
        card.setTitle(title);
        card.add(content);
        return card;
    }

    /** A small label above its value, such as "Target date" above "Jan 23, 2027". */
    public static Component fact(String label, String value) {
        return labelled(label, new Span(value));
    }

    public static Component labelled(String label, Component content) {
        var term = new Span(label);
        term.addClassName("fact-label");
        var fact = new Div(term, content);
        fact.addClassName("fact");
        return fact;
    }
}
