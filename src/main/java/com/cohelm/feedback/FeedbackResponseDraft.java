package com.cohelm.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The addressed side's response to a feedback item.
 *
 * @param declineReason required when DECLINED
 * @param learned       "what we learned", required when RESOLVED
 */
public record FeedbackResponseDraft(
        @NotNull FeedbackStatus status,
        @Size(max = 4000) String response,
        @Size(max = 2000) String declineReason,
        @Size(max = 4000) String learned) {
}
