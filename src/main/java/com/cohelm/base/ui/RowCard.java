package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A grid row as a card on a phone (see {@link PhoneLayout#cardsOnPhone}): what the row is about first,
 * then short lines that wrap instead of being cut, and labelled figures ("Slipping 2"). Texts are set as
 * text, never as markup.
 */
public final class RowCard extends Div {

    private Div facts;

    public RowCard(Component title) {
        addClassName("row-card");
        title.getElement().getClassList().add("row-card-title");
        add(title);
    }

    public RowCard(String title) {
        this(new Span(title));
    }

    /** A line of secondary text; the parts wrap between each other, never inside a cut. */
    public RowCard meta(String... parts) {
        var line = new Div();
        line.addClassName("row-card-meta");
        for (var part : parts) {
            if (part != null && !part.isBlank()) {
                line.add(new Span(part));
            }
        }
        add(line);
        return this;
    }

    /** A line of components, such as badges and buttons. */
    public RowCard line(Component... parts) {
        var line = new Div(parts);
        line.addClassName("row-card-line");
        add(line);
        return this;
    }

    /** A figure with its label, gathered with the card's other figures on lines that wrap. */
    public RowCard fact(String label, String value) {
        var term = new Span(label);
        term.addClassName("row-card-label");
        var fact = new Span(term, new Span(value));
        fact.addClassName("row-card-fact");
        if (facts == null) {
            facts = new Div();
            facts.addClassName("row-card-facts");
            add(facts);
        }
        facts.add(fact);
        return this;
    }
}
