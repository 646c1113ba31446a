package com.cohelm.activity;

import com.cohelm.base.jpa.GeneratedKeyRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Append-only: an event is never changed once written. */
@Entity
@Immutable
@Table(name = "activity_event")
class ActivityEvent extends GeneratedKeyRow {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_label", length = 320)
    private String actorLabel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "actor_side", length = 8)
    private Side actorSide;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "program_id")
    private Long programId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 64)
    private ActivityKind kind;

    @Column(name = "subject_type", length = 64)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "subject_label", length = 500)
    private String subjectLabel;

    @Column(name = "before_state", length = 4000)
    private String beforeState;

    @Column(name = "after_state", length = 4000)
    private String afterState;

    @Column(name = "supplier_internal", nullable = false)
    private boolean supplierInternal;

    protected ActivityEvent() {
    }

    ActivityEvent(ActivityEntry entry, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actorId = entry.actorId;
        this.actorLabel = entry.actorLabel;
        this.actorSide = entry.actorSide;
        this.organizationId = entry.organizationId;
        this.programId = entry.programId;
        this.kind = entry.kind;
        this.subjectType = entry.subjectType;
        this.subjectId = entry.subjectId;
        this.subjectLabel = entry.subjectLabel;
        this.beforeState = entry.before;
        this.afterState = entry.after;
        this.supplierInternal = entry.supplierInternal;
    }

    ActivityView toView() {
        return new ActivityView(getId(), occurredAt, actorId, actorLabel, actorSide, organizationId, programId, kind,
                subjectType, subjectId, subjectLabel, beforeState, afterState, supplierInternal);
    }
}
