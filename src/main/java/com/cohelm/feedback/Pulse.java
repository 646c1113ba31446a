package com.cohelm.feedback;

import com.cohelm.base.jpa.VersionedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A pulse: open until a supplier lead closes it, its closing day passes, or everyone asked has answered
 * with enough answers on each side. It is revealed (both sides see the results they may see) when it
 * closes; after that it takes no answer and no change, so results never move once seen (see
 * {@code docs/decisions/0025-pulse-minimum-answers.md}).
 */
@Entity
@Table(name = "pulse")
class Pulse extends VersionedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "period_key", length = 16, updatable = false)
    private String periodKey;

    @Column(name = "opened_by", updatable = false)
    private Long openedBy;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "revealed_at")
    private Instant revealedAt;

    protected Pulse() {
    }

    /** @param openedBy null when the cadence opened it */
    Pulse(long programId, String title, String periodKey, Long openedBy, Instant openedAt, LocalDate closesOn) {
        this.programId = programId;
        this.title = title;
        this.periodKey = periodKey;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.closesOn = closesOn;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    boolean isRevealed() {
        return revealedAt != null;
    }

    /**
     * Answers are taken while it is open, not revealed (a pulse revealed before version 0025 may still be
     * open) and its closing day has not passed.
     */
    boolean acceptsAnswers(LocalDate today) {
        return isOpen() && !isRevealed() && !today.isAfter(closesOn);
    }

    void reveal(Instant at) {
        if (revealedAt == null) {
            revealedAt = at;
        }
    }

    void close(Instant at) {
        closedAt = at;
        reveal(at);
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    String getPeriodKey() {
        return periodKey;
    }

    Long getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    LocalDate getClosesOn() {
        return closesOn;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getRevealedAt() {
        return revealedAt;
    }
}
