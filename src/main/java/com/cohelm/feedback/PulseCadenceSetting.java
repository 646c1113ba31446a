package com.cohelm.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How often a program's pulses open by themselves. A program without a row has none. */
@Entity
@Table(name = "pulse_cadence")
class PulseCadenceSetting {

    @Id
    @Column(name = "program_id")
    private Long programId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private PulseCadence cadence;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so that a new setting (no version yet) is inserted rather than merged. */
    @Version
    private Long version;

    /** The version a program without a stored setting reports. */
    static final long NONE_YET = -1;

    protected PulseCadenceSetting() {
    }

    PulseCadenceSetting(long programId) {
        this.programId = programId;
        this.cadence = PulseCadence.NONE;
    }

    void change(PulseCadence cadence, long by, Instant at) {
        this.cadence = cadence;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    Long getProgramId() {
        return programId;
    }

    PulseCadence getCadence() {
        return cadence;
    }

    /** -1 before it is first stored: the first stored setting has version 0, which a reader of "none" must not match. */
    long getVersion() {
        return version == null ? NONE_YET : version;
    }
}
