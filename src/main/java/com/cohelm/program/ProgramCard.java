package com.cohelm.program;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A feature's card on a program's overview (issue 19: pages are composed, not hard-wired). The overview
 * gathers every Spring bean implementing it and draws them in {@link #order()} among its own parts, so a
 * feature adds its card in its own module, and the program module depends on none of the features.
 *
 * <p>Below its heading (the name, status and links to the program's pages), the overview's own parts stand
 * at {@link #PURPOSE} (why, who leads, the dates), {@link #TEAMS} (who takes part) and {@link #LATEST} (the
 * latest changes); a card picks its order between them.
 *
 * <p>An implementation is a singleton shared by every session: it keeps nothing of a page and
 * {@link #draw} makes new components on each call (a Vaadin component belongs to one UI). The overview
 * draws inside a {@link ProgramReadScope}, so the feature's service checks the reader's access to the
 * program as always, answered from the decision the page already made.
 */
public interface ProgramCard {

    int PURPOSE = 100;
    int TEAMS = 400;
    int LATEST = 900;

    /** Where a card goes on the overview. */
    enum Place {
        /** A line in the page's heading, after the links to the program's pages. */
        HEADING,
        /** A row across the page on its own: what {@link #draw} returns is the row, with its cards. */
        ROW,
        /** One card: cards next to each other in the order share a row (health and feedback do). */
        CARD
    }

    /** Where the card stands among the others of its place; a smaller number comes first. */
    int order();

    Place place();

    /**
     * The card for this program as the signed-in reader may see it, read through the feature's own
     * access-checked service, or nothing to show.
     */
    Optional<Component> draw(ProgramDetails program);
}
