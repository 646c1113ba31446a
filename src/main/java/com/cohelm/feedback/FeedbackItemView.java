package com.cohelm.feedback;

import com.cohelm.account.PersonSummary;
import com.cohelm.security.Side;
import java.time.Instant;

/**
 * A feedback item as the reader may see it.
 *
 * @param author        null when a customer author chose to be shown to the supplier as a member of
 *                      their organization and the reader is on the supplier side
 * @param fromName      the name of the organization the item comes from
 * @param revisions     how many earlier wordings the history keeps
 * @param mayEdit       the reader is its author and it is not settled yet
 * @param mayRespond    the reader may respond for the addressed side
 */
public record FeedbackItemView(
        long id,
        long programId,
        FeedbackKind kind,
        Side fromSide,
        String fromName,
        PersonSummary author,
        boolean shownAsOrganization,
        String title,
        String body,
        Long goalId,
        Long milestoneId,
        FeedbackStatus status,
        String response,
        String declineReason,
        String learned,
        PersonSummary respondedBy,
        Instant respondedAt,
        Long actionItemId,
        Instant createdAt,
        Instant updatedAt,
        long version,
        int revisions,
        boolean mayEdit,
        boolean mayRespond) {

    public Side toSide() {
        return fromSide.other();
    }

    public FeedbackItemDraft toDraft() {
        return new FeedbackItemDraft(kind, title, body, goalId, milestoneId, shownAsOrganization);
    }
}
