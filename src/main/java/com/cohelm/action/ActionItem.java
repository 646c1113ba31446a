package com.cohelm.action;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.TimestampedRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "action_item")
class ActionItem extends TimestampedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String details;

    @Column(name = "assignee_id", nullable = false)
    private long assigneeId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "assignee_side", nullable = false, length = 8)
    private Side assigneeSide;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "blocked_on", length = 500)
    private String blockedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "origin_type", nullable = false, length = 16, updatable = false)
    private ActionOrigin origin;

    @Column(name = "origin_id", updatable = false)
    private Long originId;

    @Column(nullable = false, updatable = false)
    private boolean question;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ActionItem() {
    }

    ActionItem(long programId, boolean question, ActionOrigin origin, Long originId, long createdBy,
            Instant createdAt) {
        super(createdAt);
        this.programId = programId;
        this.question = question;
        this.origin = origin;
        this.originId = originId;
        this.createdBy = createdBy;
    }

    /** Title, details and due date; the assignee and the status have their own methods and events. */
    void describeWork(String title, String details, LocalDate dueDate, Instant at) {
        var newTitle = PlainText.requiredLine("title", title);
        var cleanDetails = PlainText.lines(details);
        var newDetails = cleanDetails == null || cleanDetails.isEmpty() ? null : cleanDetails;
        if (newTitle.equals(this.title) && Objects.equals(newDetails, this.details) && dueDate.equals(this.dueDate)) {
            return; // saving without a change changes nothing, not even the version
        }
        this.title = newTitle;
        this.details = newDetails;
        this.dueDate = dueDate;
        changedAt(at);
    }

    void assign(long assigneeId, Side side, Instant at) {
        this.assigneeId = assigneeId;
        this.assigneeSide = side;
        changedAt(at);
    }

    /** DONE stamps the closing time (kept for the responsiveness figures); reopening clears it. */
    void changeStatus(ActionStatus status, String blockedOn, Instant at) {
        var newBlockedOn = status == ActionStatus.BLOCKED ? blockedOn.strip() : null;
        if (status == this.status && Objects.equals(newBlockedOn, this.blockedOn)) {
            return;
        }
        this.status = status;
        this.blockedOn = status == ActionStatus.BLOCKED ? blockedOn.strip() : null;
        if (status == ActionStatus.DONE && closedAt == null) {
            closedAt = at;
        } else if (status != ActionStatus.DONE) {
            closedAt = null;
        }
        changedAt(at);
    }

    /** The answer closes the question. */
    void answer(String text, long by, Instant at) {
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = at;
        changeStatus(ActionStatus.DONE, null, at);
    }

    String describeWork() {
        return "title=" + title + "; dueDate=" + dueDate + "; details=" + (details == null ? "" : details);
    }

    String describeStatus() {
        return status == ActionStatus.BLOCKED ? status.name() + " (" + blockedOn + ")" : status.name();
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    String getDetails() {
        return details;
    }

    long getAssigneeId() {
        return assigneeId;
    }

    Side getAssigneeSide() {
        return assigneeSide;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    ActionStatus getStatus() {
        return status;
    }

    String getBlockedOn() {
        return blockedOn;
    }

    ActionOrigin getOrigin() {
        return origin;
    }

    Long getOriginId() {
        return originId;
    }

    boolean isQuestion() {
        return question;
    }

    long getCreatedBy() {
        return createdBy;
    }

    String getAnswer() {
        return answer;
    }

    Long getAnsweredBy() {
        return answeredBy;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }
}
