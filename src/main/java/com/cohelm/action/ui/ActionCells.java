package com.cohelm.action.ui;

import com.cohelm.action.ActionItemView;
import com.cohelm.base.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The cells that the action plan and "my actions" show alike. */
final class ActionCells {

    private ActionCells() {
    }

    /** The title as text (never markup), marked as a question with who asked it, how it was answered, what it waits on. */
    static Component item(Component owner, ActionItemView item) {
        var title = new Span(item.title());
        title.addClassName("action-title");
        var cell = new Div(title);
        cell.addClassName("action-cell");
        if (item.question()) {
            title.addComponentAsFirst(ActionBadges.question(owner));
            cell.add(note(owner.getTranslation("actions.asked-by", item.askedBy().displayName())));
            if (item.answer() != null) {
                var answer = note(owner.getTranslation("actions.answer.by", item.answeredBy().displayName(),
                        item.answer()));
                answer.addClassName("action-answer");
                cell.add(answer);
            }
        }
        if (item.blockedOn() != null) {
            cell.add(note(owner.getTranslation("actions.blocked-on", item.blockedOn())));
        }
        return cell;
    }

    static Component due(Component owner, ActionItemView item, Locale locale) {
        var cell = new Div(new Span(Formats.date(item.dueDate(), locale)));
        cell.addClassName("due-cell");
        if (item.overdue()) {
            cell.add(ActionBadges.overdue(owner));
        }
        return cell;
    }

    /** The due date, overdue or not, and how long the item has existed: the plan's one column about time. */
    static Component dueAndAge(Component owner, ActionItemView item, Locale locale) {
        var cell = due(owner, item, locale);
        var age = note(owner.getTranslation("actions.card.age", item.ageDays()));
        age.addClassName("action-age");
        ((Div) cell).add(age);
        return cell;
    }

    private static Span note(String text) {
        var note = new Span(text);
        note.addClassName("action-note");
        return note;
    }
}
