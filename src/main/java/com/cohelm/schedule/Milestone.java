package com.cohelm.schedule;

import com.cohelm.base.PlainText;
import com.cohelm.base.jpa.TimestampedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A dated commitment of the program. The baseline is what both sides agreed and changes only through an
 * accepted re-baseline; the planned date is today's commitment and moves with every slip.
 */
@Entity
@Table(name = "milestone")
class Milestone extends TimestampedRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "owner_side", nullable = false, length = 8)
    private OwnerSide ownerSide;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Column(name = "done_date")
    private LocalDate doneDate;

    protected Milestone() {
    }

    Milestone(long programId, LocalDate baselineDate, LocalDate plannedDate, Instant createdAt) {
        super(createdAt);
        this.programId = programId;
        this.baselineDate = baselineDate;
        this.plannedDate = plannedDate;
    }

    /** Sets what the form shows; {@code updatedAt} moves (and the version with it) only if a value changed. */
    void describeAs(String title, String description, OwnerSide ownerSide, long ownerId, Instant now) {
        var newTitle = PlainText.requiredLine("title", title);
        var newDescription = description == null ? "" : PlainText.lines(description);
        if (newTitle.equals(this.title) && newDescription.equals(this.description) && ownerSide == this.ownerSide
                && ownerId == this.ownerId) {
            return;
        }
        this.title = newTitle;
        this.description = newDescription;
        this.ownerSide = ownerSide;
        this.ownerId = ownerId;
        changedAt(now);
    }

    /** Marks a change of what hangs on the milestone (its links): its version moves, so stale forms conflict. */
    void touch(Instant now) {
        changedAt(now);
    }

    /** Whether moving the planned date to {@code date} is a slip: later than the baseline and than before. */
    boolean isSlip(LocalDate date) {
        return SlipReport.isRequired(baselineDate, plannedDate, date);
    }

    void plan(LocalDate date, Instant now) {
        if (date.equals(this.plannedDate)) {
            return;
        }
        this.plannedDate = date;
        changedAt(now);
    }

    void rebaseline(LocalDate date, Instant now) {
        this.baselineDate = date;
        changedAt(now);
    }

    void markDone(LocalDate date, Instant now) {
        this.doneDate = date;
        changedAt(now);
    }

    void reopen(Instant now) {
        this.doneDate = null;
        changedAt(now);
    }

    MilestoneStatus status(LocalDate today) {
        return MilestoneStatus.of(baselineDate, plannedDate, doneDate, today);
    }

    /** Days the planned (or done) date lies after the baseline; zero when on or before it. */
    long daysSlipped() {
        var end = doneDate != null ? doneDate : plannedDate;
        return Math.max(0, ChronoUnit.DAYS.between(baselineDate, end));
    }

    String describe() {
        return "title=" + title + "; owner=" + ownerSide + "/" + ownerId + "; baseline=" + baselineDate
                + "; planned=" + plannedDate + (doneDate == null ? "" : "; done=" + doneDate);
    }

    long getProgramId() {
        return programId;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    OwnerSide getOwnerSide() {
        return ownerSide;
    }

    long getOwnerId() {
        return ownerId;
    }

    LocalDate getBaselineDate() {
        return baselineDate;
    }

    LocalDate getPlannedDate() {
        return plannedDate;
    }

    LocalDate getDoneDate() {
        return doneDate;
    }
}
