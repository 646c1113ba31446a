package com.cohelm.feedback;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.TimestampedRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Praise, criticism or an idea from one side to the other. There is no way to delete one: an edit keeps
 * the earlier wording as a {@link FeedbackRevision}, and the addressed side's response moves the status
 * forward only.
 */
@Entity
@Table(name = "feedback_item")
class FeedbackItem extends TimestampedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_side", nullable = false, length = 8, updatable = false)
    private Side fromSide;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "shown_as_organization", nullable = false)
    private boolean shownAsOrganization;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "goal_id")
    private Long goalId;

    @Column(name = "milestone_id")
    private Long milestoneId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private FeedbackStatus status = FeedbackStatus.OPEN;

    @Column(length = 4000)
    private String response;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Column(length = 4000)
    private String learned;

    @Column(name = "responded_by")
    private Long respondedBy;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "action_item_id")
    private Long actionItemId;

    protected FeedbackItem() {
    }

    FeedbackItem(long programId, Side fromSide, long authorId, Instant createdAt) {
        super(createdAt);
        this.programId = programId;
        this.fromSide = fromSide;
        this.authorId = authorId;
    }

    /** What the author says and what it is about. */
    void describe(FeedbackKind kind, String title, String body, Long goalId, Long milestoneId,
            boolean shownAsOrganization, Instant at) {
        this.kind = kind;
        this.title = PlainText.requiredLine("title", title);
        this.body = PlainText.requiredLines("body", body);
        this.goalId = goalId;
        this.milestoneId = milestoneId;
        this.shownAsOrganization = fromSide == Side.CUSTOMER && shownAsOrganization;
        changedAt(at);
    }

    /** The addressed side's answer; the caller checked that the move is allowed and complete. */
    void respond(FeedbackStatus status, String response, String declineReason, String learned, long by, Instant at) {
        this.status = status;
        this.response = blankToNull(response);
        this.declineReason = status == FeedbackStatus.DECLINED ? declineReason.strip() : null;
        this.learned = status == FeedbackStatus.RESOLVED ? blankToNull(learned) : null;
        this.respondedBy = by;
        this.respondedAt = at;
        changedAt(at);
    }

    /** Whether {@link #respond} with these values would change nothing the response says. */
    boolean sameResponse(FeedbackStatus status, String response, String declineReason, String learned) {
        return status == this.status && Objects.equals(blankToNull(response), this.response)
                && Objects.equals(status == FeedbackStatus.DECLINED ? blankToNull(declineReason) : null,
                        this.declineReason)
                && Objects.equals(status == FeedbackStatus.RESOLVED ? blankToNull(learned) : null, this.learned);
    }

    void planned(long actionItemId, Instant at) {
        this.actionItemId = actionItemId;
        if (status == FeedbackStatus.OPEN || status == FeedbackStatus.ACKNOWLEDGED) {
            status = FeedbackStatus.ACTION_PLANNED;
        }
        changedAt(at);
    }

    Side toSide() {
        return fromSide.other();
    }

    String describeText() {
        return kind + ": " + title + "\n" + body;
    }

    String describeResponse() {
        return status + (response == null ? "" : "; response=" + response)
                + (declineReason == null ? "" : "; reason=" + declineReason)
                + (learned == null ? "" : "; learned=" + learned);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    long getProgramId() {
        return programId;
    }

    FeedbackKind getKind() {
        return kind;
    }

    Side getFromSide() {
        return fromSide;
    }

    long getAuthorId() {
        return authorId;
    }

    boolean isShownAsOrganization() {
        return shownAsOrganization;
    }

    String getTitle() {
        return title;
    }

    String getBody() {
        return body;
    }

    Long getGoalId() {
        return goalId;
    }

    Long getMilestoneId() {
        return milestoneId;
    }

    FeedbackStatus getStatus() {
        return status;
    }

    String getResponse() {
        return response;
    }

    String getDeclineReason() {
        return declineReason;
    }

    String getLearned() {
        return learned;
    }

    Long getRespondedBy() {
        return respondedBy;
    }

    Instant getRespondedAt() {
        return respondedAt;
    }

    Long getActionItemId() {
        return actionItemId;
    }
}
