package com.cohelm.activity;

import java.time.LocalDate;
import java.util.Set;

/**
 * The audit log's filters; nulls and empty sets mean "any". {@code person} matches the login or name the
 * event recorded; the dates are whole days in the reader's time zone, both included.
 */
public record AuditFilter(String person, Long organizationId, Set<ActivityKind> kinds, LocalDate from,
        LocalDate to) {

    public static final AuditFilter ALL = new AuditFilter(null, null, Set.of(), null, null);

    public AuditFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
