package com.cohelm.feedback;

import com.cohelm.base.jpa.TimestampedRow;
import com.cohelm.security.Side;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person's answers to one pulse; a second submission edits it until the pulse closes. */
@Entity
@Table(name = "pulse_response")
@AttributeOverride(name = "createdAt", column = @Column(name = "submitted_at", nullable = false, updatable = false))
class PulseResponse extends TimestampedRow {

    @Column(name = "pulse_id", nullable = false, updatable = false)
    private long pulseId;

    @Column(name = "respondent_id", nullable = false, updatable = false)
    private long respondentId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8, updatable = false)
    private Side side;

    private Integer communication;
    private Integer responsiveness;
    private Integer quality;
    private Integer schedule;
    private Integer recommend;

    @Column(name = "spec_clarity")
    private Integer specClarity;

    @Column(name = "feedback_speed")
    private Integer feedbackSpeed;

    @Column(name = "decision_access")
    private Integer decisionAccess;

    @Column(length = 2000)
    private String comment;

    @Column(nullable = false)
    private boolean internal;

    protected PulseResponse() {
    }

    PulseResponse(long pulseId, long respondentId, Side side, Instant submittedAt) {
        super(submittedAt);
        this.pulseId = pulseId;
        this.respondentId = respondentId;
        this.side = side;
    }

    /** The caller has checked that the scores are the respondent's side's questions, in range. */
    void answer(Map<PulseQuestion, Integer> scores, Integer recommend, String comment, boolean internal, Instant at) {
        communication = scores.get(PulseQuestion.COMMUNICATION);
        responsiveness = scores.get(PulseQuestion.RESPONSIVENESS);
        quality = scores.get(PulseQuestion.QUALITY);
        schedule = scores.get(PulseQuestion.SCHEDULE);
        specClarity = scores.get(PulseQuestion.SPEC_CLARITY);
        feedbackSpeed = scores.get(PulseQuestion.FEEDBACK_SPEED);
        decisionAccess = scores.get(PulseQuestion.DECISION_ACCESS);
        this.recommend = recommend;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.internal = internal;
        changedAt(at);
    }

    /** Whether {@link #answer} with these values would change nothing. */
    boolean sameAnswers(Map<PulseQuestion, Integer> scores, Integer recommend, String comment, boolean internal) {
        return scores().equals(scores) && Objects.equals(recommend, this.recommend)
                && Objects.equals(comment == null || comment.isBlank() ? null : comment.strip(), this.comment)
                && internal == this.internal;
    }

    Map<PulseQuestion, Integer> scores() {
        var scores = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        put(scores, PulseQuestion.COMMUNICATION, communication);
        put(scores, PulseQuestion.RESPONSIVENESS, responsiveness);
        put(scores, PulseQuestion.QUALITY, quality);
        put(scores, PulseQuestion.SCHEDULE, schedule);
        put(scores, PulseQuestion.SPEC_CLARITY, specClarity);
        put(scores, PulseQuestion.FEEDBACK_SPEED, feedbackSpeed);
        put(scores, PulseQuestion.DECISION_ACCESS, decisionAccess);
        return scores;
    }

    PulseAnswers answers() {
        return new PulseAnswers(side, scores(), recommend);
    }

    String describe() {
        return scores() + (recommend == null ? "" : "; recommend=" + recommend) + (internal ? "; internal" : "")
                + (comment == null ? "" : "; comment=" + comment);
    }

    private static void put(Map<PulseQuestion, Integer> scores, PulseQuestion question, Integer score) {
        if (score != null) {
            scores.put(question, score);
        }
    }

    long getPulseId() {
        return pulseId;
    }

    long getRespondentId() {
        return respondentId;
    }

    Side getSide() {
        return side;
    }

    Integer getRecommend() {
        return recommend;
    }

    String getComment() {
        return comment;
    }

    boolean isInternal() {
        return internal;
    }
}
