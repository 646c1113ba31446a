package com.cohelm.account;

import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.Instant;

/** A person as the people administration shows them. */
public record PersonRow(
        long id,
        String displayName,
        String jobTitle,
        String email,
        long organizationId,
        String organizationName,
        Side side,
        Role role,
        PersonStatus status,
        Instant lastSignInAt,
        Instant invitedAt,
        int failedSignIns) {
}
