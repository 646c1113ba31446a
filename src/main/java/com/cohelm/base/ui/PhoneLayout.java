package com.cohelm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Phone width where CSS cannot decide it: which columns a grid shows. At {@link #MAX_WIDTH} px and below
 * a grid shows one card per row (the essential fields of the row, stacked) instead of its columns; the
 * rest of each page follows the media queries of the same width in {@code styles.css}. The grid stays
 * lazy: the card is one more column of the same grid, fed page by page by the same service call.
 */
public final class PhoneLayout {

    /** The widest window treated as a phone; {@code styles.css} uses the same {@code max-width: 700px}. */
    public static final int MAX_WIDTH = 700;

    /** The class of a grid that shows cards on a phone (styles.css gives it its height there). */
    public static final String CARDS_CLASS = "phone-cards";

    private PhoneLayout() {
    }

    /**
     * Tells {@code phone} whether the window is phone-wide whenever {@code owner} is attached and each time
     * a resize crosses {@link #MAX_WIDTH}. A window whose width is not known yet counts as wide.
     */
    public static void track(Component owner, SerializableConsumer<Boolean> phone) {
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            var last = new Boolean[1];
            SerializableConsumer<Integer> apply = width -> {
                var isPhone = width > 0 && width <= MAX_WIDTH;
                if (!Objects.equals(last[0], isPhone)) {
                    last[0] = isPhone;
                    phone.accept(isPhone);
                }
            };
            var details = page.getExtendedClientDetails();
            apply.accept(details.getWindowInnerWidth());
            if (details.getWindowInnerWidth() <= 0) {
                details.refresh(fresh -> apply.accept(fresh.getWindowInnerWidth()));
            }
            var resize = page.addBrowserWindowResizeListener(e -> apply.accept(e.getWidth()));
            owner.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * Adds a column that shows each row as a card, visible on a phone only, where the grid's other columns
     * give way to it (and come back on a wider window). The header names the list for screen readers.
     */
    public static <T> Grid.Column<T> cardsOnPhone(Grid<T> grid, String header,
            SerializableFunction<T, Component> card) {
        var cards = grid.addColumn(new ComponentRenderer<>(card::apply)).setHeader(header).setKey("card");
        cards.setVisible(false);
        grid.addClassName(CARDS_CLASS);
        var hidden = new ArrayList<Grid.Column<T>>();
        track(grid, phone -> {
            if (phone) {
                grid.getColumns().stream().filter(c -> c != cards && c.isVisible()).forEach(hidden::add);
                hidden.forEach(c -> c.setVisible(false));
                cards.setVisible(true);
            } else {
                hidden.forEach(c -> c.setVisible(true));
                hidden.clear();
                cards.setVisible(false);
            }
        });
        return cards;
    }
}
