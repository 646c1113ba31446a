package com.cohelm.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the action form sends, or what another feature hands over to create an item for its own
 * milestone, feedback item or review. {@code question}, {@code origin} and {@code originId} are read
 * when the item is created only: an action does not turn into a question later, nor change its origin.
 *
 * @param blockedOn what a BLOCKED item waits on; required then, ignored otherwise
 * @param question  addressed to the other side: the assignee must be on the other side of the asker
 * @param originId  the milestone, feedback item or review; null for MANUAL
 */
public record ActionDraft(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String details,
        @NotNull Long assigneeId,
        @NotNull LocalDate dueDate,
        @NotNull ActionStatus status,
        @Size(max = 500) String blockedOn,
        boolean question,
        @NotNull ActionOrigin origin,
        Long originId) {

    /** An item made by hand, open. */
    public static ActionDraft manual(String title, String details, Long assigneeId, LocalDate dueDate,
            boolean question) {
        return new ActionDraft(title, details, assigneeId, dueDate, ActionStatus.OPEN, null, question,
                ActionOrigin.MANUAL, null);
    }

    public static ActionDraft empty(boolean question) {
        return manual("", "", null, null, question);
    }
}
