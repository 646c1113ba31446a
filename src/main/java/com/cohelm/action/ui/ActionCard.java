package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * One action item as a card, for the action plan and "my actions" on a phone: the item with its notes,
 * then who it waits on (or which program it belongs to), when it is due and whether it is overdue, then
 * its status and buttons. The same facts as the wide grid's columns, stacked to fit 390 px.
 */
final class ActionCard {

    private ActionCard() {
    }

    /** In a program's plan: the assignee, the due date, the age, the status and the row's buttons. */
    static Component inPlan(Component owner, ActionItemView item, Locale locale, Component status, Component buttons) {
        var who = new Span(item.assignee().displayName());
        who.addClassNames("action-card-who", "side-" + item.waitingOn().name().toLowerCase(Locale.ROOT));
        var age = new Span(owner.getTranslation("actions.card.age", item.ageDays()));
        age.addClassName("action-card-age");
        return card(owner, item, locale, status, buttons, who, age);
    }

    /** In "my actions": which program the item belongs to instead of who it waits on (it waits on me). */
    static Component mine(Component owner, ActionItemView item, Locale locale, Component status, Component buttons) {
        var program = new Anchor(Routes.address(ActionsView.class, item.programId()), item.programName());
        program.addClassName("program-link");
        return card(owner, item, locale, status, buttons, program);
    }

    private static Component card(Component owner, ActionItemView item, Locale locale, Component status,
            Component buttons, Component... facts) {
        var meta = new Div(new Span(owner.getTranslation("actions.card.due", Formats.date(item.dueDate(), locale))));
        meta.addClassName("action-card-meta");
        if (item.overdue()) {
            meta.add(ActionBadges.overdue(owner));
        }
        meta.add(facts);
        var controls = new Div(status, buttons);
        controls.addClassName("action-card-controls");
        var card = new Div(ActionCells.item(owner, item), meta, controls);
        card.addClassName("action-card");
        return card;
    }
}
