package com.cohelm.largedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.support.CohelmSpringTest;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The large-data generator at 1/1000 of its size, in a database of its own next to the test database on
 * the same MariaDB server: the planned rows land, the same seed gives the same rows, a second run replaces
 * its own output, and a database with anybody else's data in it is refused untouched.
 */
@CohelmSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeDataGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    DataSource appDataSource;
    @Autowired
    PasswordEncoder passwordEncoder;

    String database;
    HikariDataSource dataSource;
    JdbcTemplate jdbc;

    /** Migrated once for the class (the slow part); emptied before each test. */
    @BeforeAll
    void ownDatabase() throws SQLException {
        database = "cohelm_large_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url;
        try (var connection = appDataSource.getConnection(); var statement = connection.createStatement()) {
            url = connection.getMetaData().getURL();
            statement.execute("create database " + database + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url.replaceFirst("(jdbc:mariadb://[^/]+/)[^?]*", "$1" + database));
        dataSource.setUsername("root");
        dataSource.setPassword("");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
    }

    @BeforeEach
    void empty() throws SQLException {
        var tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema ="
                + " database() and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'", String.class);
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("set foreign_key_checks = 0");
            for (var table : tables) {
                statement.execute("truncate table `" + table + "`");
            }
            statement.execute("set foreign_key_checks = 1");
        }
    }

    @AfterAll
    void dropDatabase() {
        dataSource.close();
        new JdbcTemplate(appDataSource).execute("drop database " + database);
    }

    @Test
    void writesThePlannedRowsAndTheSameRowsAgainForTheSameSeed() throws SQLException {
        var plan = LargeDataGenerator.Plan.at(0.001);
        var generator = new LargeDataGenerator(dataSource, plan, 7, TODAY, passwordEncoder.encode("secret-pass"));

        var written = generator.generate();

        assertThat(counts(plan)).isEqualTo(plan.expectedRows());
        assertThat(written).containsAllEntriesOf(plan.expectedRows());
        assertThat(jdbc.queryForObject("select count(distinct password_hash) from user_account", Long.class))
                .isEqualTo(1);
        var fingerprint = fingerprint();

        // A second run finds its own output, replaces it, and writes exactly the same rows.
        new LargeDataGenerator(dataSource, plan, 7, TODAY, "{noop}x").generate();
        assertThat(counts(plan)).isEqualTo(plan.expectedRows());
        assertThat(fingerprint()).isEqualTo(fingerprint);
        // The generated people may sign in: every supplier member is on some program.
        assertThat(jdbc.queryForObject("select count(*) from program_member pm join user_account u on u.id ="
                + " pm.user_id where u.email = 'supplier1@large.example' or u.role = 'ADMIN'", Long.class))
                .isPositive();
    }

    @Test
    void refusesADatabaseWithOtherData() throws SQLException {
        jdbc.update("insert into organization (name, kind, created_at)"
                + " values ('Real Supplier', 'SUPPLIER', '2026-01-01 10:00:00')");
        var generator = new LargeDataGenerator(dataSource, LargeDataGenerator.Plan.at(0.001), 7, TODAY, "{noop}x");

        assertThatThrownBy(generator::generate).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing");
        assertThat(jdbc.queryForObject("select count(*) from organization", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select name from organization", String.class)).isEqualTo("Real Supplier");
    }

    @Test
    void refusesItsOwnOutputOnceSomebodyElseWasAdded() throws SQLException {
        var plan = LargeDataGenerator.Plan.at(0.001);
        new LargeDataGenerator(dataSource, plan, 7, TODAY, "{noop}x").generate();
        jdbc.update("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                + " values (1, 'real.person@example.com', 'Real Person', 'MEMBER', '{noop}x', '2026-01-01 10:00:00')");

        try (var connection = dataSource.getConnection()) {
            assertThat(LargeDataGenerator.inspect(connection)).isEqualTo(LargeDataGenerator.Contents.OTHER_DATA);
        }
        assertThatThrownBy(new LargeDataGenerator(dataSource, plan, 7, TODAY, "{noop}x")::generate)
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from user_account", Long.class))
                .isEqualTo(plan.users() + 1L);
    }

    private Map<String, Long> counts(LargeDataGenerator.Plan plan) {
        var counts = new LinkedHashMap<String, Long>();
        plan.expectedRows().keySet().forEach(table ->
                counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
        return counts;
    }

    /** A checksum over the generated rows that the same seed must reproduce. */
    private String fingerprint() {
        return jdbc.queryForObject("select concat((select sum(crc32(concat(title, baseline, target, status)))"
                + " from goal), '/', (select sum(crc32(concat(goal_id, measured_on, value))) from goal_measurement),"
                + " '/', (select sum(crc32(concat(title, planned_date, coalesce(done_date, '')))) from milestone),"
                + " '/', (select sum(crc32(concat(title, assignee_id, status, due_date))) from action_item),"
                + " '/', (select sum(crc32(concat(kind, actor_id, occurred_at))) from activity_event))", String.class);
    }
}
