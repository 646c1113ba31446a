package com.cohelm.review;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.TimestampedRow;
import com.cohelm.security.Side;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.OptimisticLock;

/**
 * A joint review meeting. Its agenda items, notes, decisions and amendments are rows of their own, so
 * that people writing minutes at the same time never touch this row; the presenter's current item is
 * left out of optimistic locking, so moving through the agenda never turns an edit of the title into a conflict.
 */
@Entity
@Table(name = "review")
class Review extends TimestampedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(length = 500)
    private String location;

    @Column(name = "agenda_since", nullable = false)
    private Instant agendaSince;

    @OptimisticLock(excluded = true)
    @Column(name = "current_item_id")
    private Long currentItemId;

    /**
     * When the agenda's generated items stopped following the data (decision 0027); null while they follow it.
     * Left out of optimistic locking like the current item: freezing is not an edit anyone could conflict with.
     */
    @OptimisticLock(excluded = true)
    @Column(name = "agenda_frozen_at")
    private Instant agendaFrozenAt;

    @Column(name = "supplier_signed_by")
    private Long supplierSignedBy;

    @Column(name = "supplier_signed_at")
    private Instant supplierSignedAt;

    @Column(name = "customer_signed_by")
    private Long customerSignedBy;

    @Column(name = "customer_signed_at")
    private Instant customerSignedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @ElementCollection
    @CollectionTable(name = "review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "user_id")
    private Set<Long> attendeeIds = new HashSet<>();

    protected Review() {
    }

    Review(long programId, Instant agendaSince, long createdBy, Instant now) {
        super(now);
        this.programId = programId;
        this.agendaSince = agendaSince;
        this.createdBy = createdBy;
    }

    void plan(String title, Instant startsAt, int durationMinutes, String location, Set<Long> attendeeIds, Instant now) {
        this.title = PlainText.requiredLine("title", title);
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        var place = PlainText.line(location);
        this.location = place == null || place.isEmpty() ? null : place;
        // Only who was removed or added is written; the others' rows stay as they are.
        this.attendeeIds.retainAll(attendeeIds);
        this.attendeeIds.addAll(attendeeIds);
        changedAt(now);
        if (startsAt.isAfter(now)) {
            this.agendaFrozenAt = null; // moved to a later day: its agenda follows the data again until then
        }
    }

    /** The meeting has begun and its agenda still follows the data: the next change freezes it. */
    boolean isAgendaDueToFreeze(Instant now) {
        return agendaFrozenAt == null && !now.isBefore(startsAt);
    }

    boolean isAgendaFrozen() {
        return agendaFrozenAt != null;
    }

    void freezeAgenda(Instant now) {
        this.agendaFrozenAt = now;
    }

    String describe() {
        return "title=" + title + "; starts=" + startsAt + "; minutes=" + durationMinutes
                + (location == null ? "" : "; location=" + location) + "; attendees=" + attendeeIds.size();
    }

    void show(Long itemId) {
        this.currentItemId = itemId;
    }

    void signOff(Side side, long userId, Instant now) {
        if (side == Side.SUPPLIER) {
            supplierSignedBy = userId;
            supplierSignedAt = now;
        } else {
            customerSignedBy = userId;
            customerSignedAt = now;
        }
        if (supplierSignedBy != null && customerSignedBy != null) {
            closedAt = now;
        }
        changedAt(now);
    }

    void withdrawSignOff(Side side, Instant now) {
        if (side == Side.SUPPLIER) {
            supplierSignedBy = null;
            supplierSignedAt = null;
        } else {
            customerSignedBy = null;
            customerSignedAt = null;
        }
        changedAt(now);
    }

    Long signedBy(Side side) {
        return side == Side.SUPPLIER ? supplierSignedBy : customerSignedBy;
    }

    Instant signedAt(Side side) {
        return side == Side.SUPPLIER ? supplierSignedAt : customerSignedAt;
    }

    boolean isSignedByAnySide() {
        return supplierSignedBy != null || customerSignedBy != null;
    }

    boolean isClosed() {
        return closedAt != null;
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    Instant getStartsAt() {
        return startsAt;
    }

    Instant getEndsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    int getDurationMinutes() {
        return durationMinutes;
    }

    String getLocation() {
        return location;
    }

    Instant getAgendaSince() {
        return agendaSince;
    }

    Long getCurrentItemId() {
        return currentItemId;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    long getCreatedBy() {
        return createdBy;
    }

    Set<Long> getAttendeeIds() {
        return attendeeIds;
    }
}
