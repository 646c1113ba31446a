package com.cohelm.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A random secret for one purpose, made once and shared by every node through the database. */
@Entity
@Table(name = "app_secret")
class AppSecret {

    @Id
    @Column(length = 64)
    private String purpose;

    @Column(nullable = false, length = 64)
    private byte[] secret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AppSecret() {
    }

    AppSecret(String purpose, byte[] secret, Instant createdAt) {
        this.purpose = purpose;
        this.secret = secret.clone();
        this.createdAt = createdAt;
    }

    byte[] secret() {
        return secret.clone();
    }
}
