package com.cohelm.base.jpa;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row with a generated key that people edit in forms: its {@code version} moves with every write, so a form
 * saved over a newer state conflicts instead of silently undoing it ({@code ConcurrentEditException}).
 */
@MappedSuperclass
public abstract class VersionedRow extends GeneratedKeyRow {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }
}
