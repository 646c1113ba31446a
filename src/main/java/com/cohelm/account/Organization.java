package com.cohelm.account;

import com.cohelm.base.jpa.VersionedRow;
import com.cohelm.security.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "organization")
class Organization extends VersionedRow {

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Side kind;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    Organization(String name, Side kind, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
    }

    String getName() {
        return name;
    }

    Side getKind() {
        return kind;
    }

    boolean isArchived() {
        return archived;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void rename(String name) {
        this.name = name;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    OrganizationSummary toSummary() {
        return new OrganizationSummary(getId(), name, kind, archived);
    }
}
