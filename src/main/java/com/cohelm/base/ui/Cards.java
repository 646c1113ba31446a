package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

/** The building blocks of the overview pages: titled cards holding labelled facts. */
public final class Cards {

    private Cards() {
    }

    public static Card titled(String title, Component... content) {
        var card = new Card();
        card.setTitle(new H3(title));
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
