package com.cohelm.review;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.ActionStatus;
import com.cohelm.security.Side;
import java.time.LocalDate;

/**
 * An action item agreed under an agenda item, as the review shows it: the plan's item while the review is open,
 * the item as it was when the review closed afterwards (part of its snapshot).
 */
public record AgreedAction(long id, String title, String assigneeName, String assigneeOrganization, Side assigneeSide,
        LocalDate dueDate, ActionStatus status) {

    static AgreedAction of(ActionItemView item) {
        return new AgreedAction(item.id(), item.title(), item.assignee().displayName(),
                item.assignee().organizationName(), item.assignee().side(), item.dueDate(), item.status());
    }
}
