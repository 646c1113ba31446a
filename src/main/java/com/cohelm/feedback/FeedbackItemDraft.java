package com.cohelm.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the feedback form sends.
 *
 * @param goalId              the goal it is about, or null
 * @param milestoneId         the milestone it is about, or null
 * @param shownAsOrganization a customer author shown to the supplier as "a member of" their organization
 */
public record FeedbackItemDraft(
        @NotNull FeedbackKind kind,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String body,
        Long goalId,
        Long milestoneId,
        boolean shownAsOrganization) {
}
