package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * One action item with its discussion: what it is, who it waits on and by when, then its comment thread.
 * Opened from the plan's rows and by {@code ?item=ID} (with {@code &comment=ID} from a mention's link).
 */
class ActionItemDialog extends Dialog {

    ActionItemDialog(ActionItemView item, Component thread) {
        addClassName("action-item-dialog");
        setHeaderTitle(item.title());
        setWidth("min(44rem, 100vw)");
        var facts = new Div(Cards.labelled(getTranslation("actions.column.assignee"), new PersonLabel(item.assignee())),
                Cards.fact(getTranslation("actions.column.due"), Formats.date(item.dueDate(), getLocale())),
                Cards.fact(getTranslation("actions.column.status"),
                        getTranslation("actions.status." + item.status().name())));
        facts.addClassName("action-item-facts");
        if (item.question()) {
            facts.addComponentAsFirst(ActionBadges.question(this));
        }
        add(facts);
        if (item.question()) {
            add(new Paragraph(getTranslation("actions.asked-by", item.askedBy().displayName())));
            if (item.answer() != null) {
                add(new Paragraph(getTranslation("actions.answer.by", item.answeredBy().displayName(), item.answer())));
            }
        }
        if (item.blockedOn() != null) {
            add(new Paragraph(getTranslation("actions.blocked-on", item.blockedOn())));
        }
        if (item.details() != null && !item.details().isBlank()) {
            var details = new Paragraph(item.details());
            details.addClassName("action-item-details");
            add(details);
        }
        add(thread);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
