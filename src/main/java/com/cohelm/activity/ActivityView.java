package com.cohelm.activity;

import java.time.Instant;

/** A recorded event as readers see it. */
public record ActivityView(
        long id,
        Instant occurredAt,
        Long actorId,
        String actorLabel,
        Long organizationId,
        Long programId,
        ActivityKind kind,
        String subjectType,
        Long subjectId,
        String subjectLabel,
        String before,
        String after,
        boolean supplierInternal) {
}
