package com.cohelm.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A customer's logo, stored apart from the organization so that lists never load the bytes. */
@Entity
@Table(name = "organization_logo")
class OrganizationLogo {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "content_type", nullable = false, length = 32)
    private String contentType;

    @Column(nullable = false)
    private byte[] bytes;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected OrganizationLogo() {
    }

    OrganizationLogo(long organizationId) {
        this.organizationId = organizationId;
    }

    void replace(LogoImage image, Instant at) {
        this.contentType = image.contentType();
        this.bytes = image.bytes();
        this.updatedAt = at;
    }

    LogoImage toImage() {
        return new LogoImage(contentType, bytes);
    }
}
