package com.cohelm.base.jpa;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.io.Serializable;
import org.springframework.data.domain.Persistable;

/**
 * A row whose key the application assigns (a link between two ids) rather than the database: it is new
 * until it is stored or loaded. Spring Data otherwise takes any row whose key is not null for a stored one and
 * merges it, and a merge quietly inserts nothing when a stale copy of the same key is still in the persistence
 * context: that is how saving a milestone lost its dependencies (issue 26). Saved as new, it is persisted.
 *
 * @param <K> the key: an {@code @Embeddable} record of the row's key columns, so that its equality, hash and
 *     columns are written once
 */
@MappedSuperclass
public abstract class AssignedKeyRow<K extends Serializable> implements Persistable<K> {

    @EmbeddedId
    private K id;

    @Transient
    private boolean stored;

    protected AssignedKeyRow() {
    }

    protected AssignedKeyRow(K id) {
        this.id = id;
    }

    @Override
    public K getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    protected void markStored() {
        stored = true;
    }
}
