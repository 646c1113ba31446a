package com.cohelm.action.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionStatus;
import java.time.LocalDate;

/**
 * What the action form edits (public only because Binder reads records by reflection); the question flag and the origin stay with the item (or are fixed for a
 * new one by the button that opened the form), so they are not fields.
 */
public record ActionForm(String title, String details, PersonSummary assignee, LocalDate dueDate, ActionStatus status,
        String blockedOn) {

    static ActionForm empty() {
        return new ActionForm("", "", null, null, ActionStatus.OPEN, "");
    }

    static ActionForm of(ActionItemView item) {
        return new ActionForm(item.title(), item.details() == null ? "" : item.details(), item.assignee(),
                item.dueDate(), item.status(), item.blockedOn() == null ? "" : item.blockedOn());
    }

    ActionDraft toDraft(boolean question, ActionOrigin origin, Long originId) {
        return new ActionDraft(title, details, assignee.id(), dueDate, status, blockedOn, question, origin, originId);
    }
}
