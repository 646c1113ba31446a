package com.cohelm.program;

import com.cohelm.base.jpa.GeneratedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person of either side taking part in a program. Leads are always members too. */
@Entity
@Table(name = "program_member")
class ProgramMember extends GeneratedKeyRow {

    @Column(name = "program_id", nullable = false, updatable = false)
    private long programId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected ProgramMember() {
    }

    ProgramMember(long programId, long userId, Instant addedAt) {
        this.programId = programId;
        this.userId = userId;
        this.addedAt = addedAt;
    }

    long getProgramId() {
        return programId;
    }

    long getUserId() {
        return userId;
    }
}
