package com.cohelm.activity;

import com.cohelm.security.Side;
import java.time.Instant;

/** A recorded event as readers see it. */
public record ActivityView(
        long id,
        Instant occurredAt,
        Long actorId,
        String actorLabel,
        Side actorSide,
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
