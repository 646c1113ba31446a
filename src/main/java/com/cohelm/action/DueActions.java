package com.cohelm.action;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Unchecked look-up for the scheduled job that tells an assignee their action item is overdue: it checks no
 * access; the caller checks the assignee's access to the program before telling them anything.
 */
@Component
public class DueActions {

    /** An open action item (not a question) with its assignee and due date. */
    public record DueAction(long itemId, long programId, String title, long assigneeId, LocalDate dueDate) {
    }

    private final ActionItemRepository items;

    DueActions(ActionItemRepository items) {
        this.items = items;
    }

    /** Open action items due between {@code from} and {@code to} (both included), earliest first; one statement. */
    @Transactional(readOnly = true)
    public List<DueAction> openDueBetween(LocalDate from, LocalDate to) {
        return items.findOpenActionsDueBetween(from, to).stream().map(item -> new DueAction(item.getId(),
                item.getProgramId(), item.getTitle(), item.getAssigneeId(), item.getDueDate())).toList();
    }
}
