package com.cohelm.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.support.CohelmSpringTest;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway runs once per cluster (decision 0037): a node started with {@code cohelm.cluster.migrate=false} does
 * not migrate; it waits until another node brought the schema to the version this build needs (the highest
 * migration it carries), and fails with a clear message when that does not happen in time. Each case runs a
 * Spring Boot application of Boot's own DataSource and Flyway auto-configuration and CoHelm's
 * {@link SchemaMigration}, the beans a node's start goes through before anything reads the schema, on a
 * database of its own in the suite's MariaDB. (That a whole node with {@code migrate=false} starts on a
 * migrated database is shown by node B of {@code JobsRunOncePerClusterTest}.)
 */
@CohelmSpringTest
class SchemaMigrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource suiteDataSource;

    private String database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            jdbc.sql("drop database if exists " + database).update();
        }
    }

    @Test
    void aNodeThatDoesNotMigrateFailsWithAClearMessageWhenTheLastMigrationIsMissing() {
        var versions = classpathVersions();
        var last = versions.getLast();
        var beforeLast = versions.get(versions.size() - 2);
        var url = newDatabase();
        flyway(url).target(beforeLast.getVersion()).load().migrate();

        var started = System.nanoTime();
        assertThatThrownBy(() -> startNode(url, false, Duration.ofSeconds(2)).close())
                .rootCause().isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The database schema is at version " + beforeLast.getVersion())
                .hasMessageContaining("this build needs version " + last.getVersion() + " (" + last.getScript() + ")")
                .hasMessageContaining("cohelm.cluster.migrate=false")
                .hasMessageContaining("waited PT2S (cohelm.cluster.schema-wait)")
                .hasMessageContaining("Start one node with cohelm.cluster.migrate=true");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it waited first").isGreaterThanOrEqualTo(
                Duration.ofSeconds(2));
        assertThat(appliedVersions()).as("and migrated nothing").doesNotContain(last.getVersion().getVersion());
    }

    @Test
    void aNodeThatDoesNotMigrateLeavesAnEmptyDatabaseAlone() {
        var url = newDatabase();
        assertThatThrownBy(() -> startNode(url, false, Duration.ofSeconds(1)).close())
                .rootCause().hasMessageContaining("The database schema is empty (no Flyway history)");
        assertThat(jdbc.sql("select count(*) from information_schema.tables where table_schema = ?").param(database)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aNodeThatDoesNotMigrateStartsOnceAnotherNodeHasMigrated() throws Exception {
        var versions = classpathVersions();
        var url = newDatabase();
        flyway(url).target(versions.get(versions.size() - 2).getVersion()).load().migrate();

        var started = System.nanoTime();
        var waiting = CompletableFuture.supplyAsync(() -> startNode(url, false, Duration.ofMinutes(1)));
        Thread.sleep(1500);
        assertThat(waiting).as("still waiting for the schema").isNotDone();
        // The node that migrates: a default node's start does this.
        try (var migrating = startNode(url, true, Duration.ofSeconds(1))) {
            assertThat(appliedVersions()).contains(versions.getLast().getVersion().getVersion());
        }
        try (var node = waiting.get(1, TimeUnit.MINUTES)) {
            assertThat(node.isActive()).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(1500));
        }
    }

    @Test
    void aNodeThatDoesNotMigrateStartsAtOnceOnAMigratedDatabase() {
        var url = newDatabase();
        flyway(url).load().migrate();
        var started = System.nanoTime();
        try (var node = startNode(url, false, Duration.ofMinutes(1))) {
            assertThat(node.isActive()).isTrue();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
    }

    /** The start of a node up to its schema: Boot's DataSource and Flyway set-up with CoHelm's strategy. */
    private ConfigurableApplicationContext startNode(String url, boolean migrate, Duration wait) {
        var suite = (HikariDataSource) suiteDataSource;
        return new SpringApplicationBuilder(SchemaOnly.class).web(WebApplicationType.NONE).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + suite.getUsername(),
                "--spring.datasource.password=" + (suite.getPassword() == null ? "" : suite.getPassword()),
                "--spring.flyway.locations=classpath:db/migration",
                "--cohelm.cluster.migrate=" + migrate, "--cohelm.cluster.schema-wait=" + wait,
                "--spring.main.banner-mode=off");
    }

    private String newDatabase() {
        database = "schema_wait_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci").update();
        var suiteUrl = ((HikariDataSource) suiteDataSource).getJdbcUrl();
        return suiteUrl.replaceFirst("^(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database);
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url) {
        var suite = (HikariDataSource) suiteDataSource;
        return Flyway.configure().dataSource(url, suite.getUsername(), suite.getPassword())
                .locations("classpath:db/migration");
    }

    private List<String> appliedVersions() {
        return jdbc.sql("select version from " + database + ".flyway_schema_history where success = 1"
                + " and version is not null").query(String.class).list();
    }

    /** This build's migrations, lowest version first (as Flyway resolves them against the suite's database). */
    private List<MigrationInfo> classpathVersions() {
        var all = Flyway.configure().dataSource(suiteDataSource).locations("classpath:db/migration").load().info();
        return Arrays.stream(all.all()).filter(info -> info.isVersioned() && info.getState().isResolved())
                .sorted(Comparator.comparing(MigrationInfo::getVersion)).toList();
    }

    /**
     * Not a {@code @Configuration}: the test framework would take a nested one for the test's own, and a node's
     * component scan (the two-node tests start whole applications) would pick it up; {@code @Import} is enough.
     */
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    @Import(SchemaMigration.class)
    static class SchemaOnly {
    }
}
