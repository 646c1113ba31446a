package com.cohelm.account;

import com.cohelm.security.Role;
import com.cohelm.security.Side;
import java.time.Instant;

/** A person as the people administration shows them: who they are, and where their account stands. */
public record PersonRow(PersonSummary person, PersonStatus status, Instant lastSignInAt, Instant invitedAt,
        int failedSignIns) {

    public long id() {
        return person.id();
    }

    public String displayName() {
        return person.displayName();
    }

    public String email() {
        return person.email();
    }

    public long organizationId() {
        return person.organizationId();
    }

    public String organizationName() {
        return person.organizationName();
    }

    public Side side() {
        return person.side();
    }

    public Role role() {
        return person.role();
    }
}
