package com.cohelm.base.db;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway runs once per cluster (decision 0037). By default a node migrates the database at start, as a single
 * node always did. With {@code cohelm.cluster.migrate=false} it does not: it waits, at most
 * {@code cohelm.cluster.schema-wait}, until another node has brought the schema to the version this build
 * expects (the highest migration it carries), checks the applied migrations against its own (Flyway's
 * validate, as a migration would) and goes on starting; JPA's schema validation and everything else come
 * after. When the wait ends first, the start fails and says which version it found and which it needs.
 * A schema ahead of this build (a newer node migrated it) is accepted: Flyway ignores future migrations.
 */
@Component
class SchemaMigration implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);
    private static final Duration LONGEST_POLL = Duration.ofSeconds(1);

    private final boolean migrate;
    private final Duration wait;

    SchemaMigration(@Value("${cohelm.cluster.migrate:true}") boolean migrate,
            @Value("${cohelm.cluster.schema-wait:5m}") Duration wait) {
        this.migrate = migrate;
        this.wait = wait;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (migrate) {
            flyway.migrate();
            return;
        }
        var expected = expectedVersion(flyway.info()).orElse(null);
        if (expected == null) {
            log.warn("cohelm.cluster.migrate=false and this build carries no migration: nothing to wait for");
            return;
        }
        awaitVersion(flyway, expected);
        flyway.validate();
    }

    private void awaitVersion(Flyway flyway, MigrationInfo expected) {
        var deadline = System.nanoTime() + wait.toNanos();
        var poll = LONGEST_POLL.compareTo(wait.dividedBy(10)) < 0 ? LONGEST_POLL : wait.dividedBy(10);
        var logged = false;
        while (true) {
            var current = currentVersion(flyway.info());
            if (current.isPresent() && current.get().compareTo(expected.getVersion()) >= 0) {
                if (logged) {
                    log.info("The database schema is at version {}: this node goes on starting", current.get());
                }
                return;
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException(timeoutMessage(current, expected));
            }
            if (!logged) {
                log.info("cohelm.cluster.migrate=false: waiting up to {} for another node to migrate the database "
                        + "schema from {} to version {}", wait, current.map(v -> "version " + v).orElse("nothing"),
                        expected.getVersion());
                logged = true;
            }
            sleep(poll);
        }
    }

    /** The highest versioned migration this build carries: the schema version it needs. */
    static Optional<MigrationInfo> expectedVersion(MigrationInfoService info) {
        return Arrays.stream(info.all())
                .filter(migration -> migration.isVersioned() && migration.getState().isResolved())
                .max(Comparator.comparing(MigrationInfo::getVersion));
    }

    /** The version of the latest migration applied successfully; empty on a database Flyway never migrated. */
    static Optional<MigrationVersion> currentVersion(MigrationInfoService info) {
        return Optional.ofNullable(info.current())
                .filter(current -> !current.getState().isFailed())
                .map(MigrationInfo::getVersion);
    }

    private String timeoutMessage(Optional<MigrationVersion> current, MigrationInfo expected) {
        return ("The database schema is %s, and this build needs version %s (%s). This node does not migrate "
                + "(cohelm.cluster.migrate=false) and waited %s (cohelm.cluster.schema-wait) for a node that does. "
                + "Start one node with cohelm.cluster.migrate=true (the default) on this database first and let it "
                + "finish starting, then start the others; or give cohelm.cluster.schema-wait more time.")
                .formatted(current.map(version -> "at version " + version).orElse("empty (no Flyway history)"),
                        expected.getVersion(), expected.getScript(), wait);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database schema", e);
        }
    }
}
