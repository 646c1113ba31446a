package com.cohelm.review;

import com.cohelm.base.jpa.GeneratedKeyRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One item of a review's agenda: a copy of what an {@link AgendaSource} proposed, or a custom item a lead
 * added. Until the review's agenda is frozen (the first change once the meeting has begun) a generated item's
 * words follow the data ({@link #refresh}); from then on it stays as it was discussed when the goal or milestone
 * changes later. Its position and words change only under the review's row lock, so it needs no version of its
 * own.
 */
@Entity
@Table(name = "review_item")
class ReviewItem extends GeneratedKeyRow {

    @Column(name = "review_id", nullable = false, updatable = false)
    private long reviewId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "ref_type", length = 32, updatable = false)
    private String refType;

    @Column(name = "ref_id", updatable = false)
    private Long refId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 8, updatable = false)
    private Side side;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String detail;

    @Column(name = "happened_at")
    private Instant happenedAt;

    /** Structured lines as JSON (see {@link AgendaLine}); null for items written before lines existed. */
    @Column(name = "summary_lines", columnDefinition = "TEXT")
    private String lines;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewItem() {
    }

    ReviewItem(long reviewId, int position, AgendaProposal proposal, Long createdBy, Instant now) {
        this.reviewId = reviewId;
        this.position = position;
        this.kind = proposal.kind();
        this.refType = proposal.refType();
        this.refId = proposal.refId();
        this.side = proposal.side();
        this.title = truncate(proposal.title(), 300);
        this.detail = truncate(proposal.detail(), 2000);
        this.happenedAt = proposal.at();
        this.lines = proposal.lines().isEmpty() ? null : ReviewJson.write(proposal.lines());
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** Takes the words of the same thing's proposal as the data now are; a custom item never changes. */
    void refresh(AgendaProposal proposal) {
        if (isCustom()) {
            return;
        }
        this.kind = proposal.kind();
        this.title = truncate(proposal.title(), 300);
        this.detail = truncate(proposal.detail(), 2000);
        this.happenedAt = proposal.at();
        this.lines = proposal.lines().isEmpty() ? null : ReviewJson.write(proposal.lines());
    }

    boolean isCustom() {
        return createdBy != null;
    }

    private static String truncate(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }

    /** What makes two proposals the same item: refreshing an agenda adds only what is not on it yet. */
    String key() {
        return AgendaProposal.key(kind, refType, refId, side);
    }

    void moveTo(int position) {
        this.position = position;
    }

    long getReviewId() {
        return reviewId;
    }

    int getPosition() {
        return position;
    }

    /**
     * The item as readers see it; {@code fresh} is the same thing's proposal as the data now are, shown instead of
     * the stored words while the agenda is not frozen (null: the stored words).
     */
    AgendaItemView toView(AgendaProposal fresh, java.util.List<NoteView> notes, java.util.List<DecisionView> decisions,
            java.util.List<AgreedAction> actions) {
        if (fresh != null && !isCustom()) {
            return new AgendaItemView(getId(), position, fresh.kind(), refType, refId, side, truncate(fresh.title(), 300),
                    truncate(fresh.detail(), 2000), fresh.at(), false, fresh.lines(), notes, decisions, actions);
        }
        return new AgendaItemView(getId(), position, kind, refType, refId, side, title, detail, happenedAt,
                isCustom(), ReviewJson.lines(lines), notes, decisions, actions);
    }
}
