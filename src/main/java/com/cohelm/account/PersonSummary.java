package com.cohelm.account;

import com.cohelm.security.Role;
import com.cohelm.security.Side;

/**
 * A person as the other features show them: name, title, and which side and organization they are on.
 */
public record PersonSummary(
        long id,
        String displayName,
        String jobTitle,
        String email,
        long organizationId,
        String organizationName,
        Side side,
        Role role,
        boolean enabled) {
}
