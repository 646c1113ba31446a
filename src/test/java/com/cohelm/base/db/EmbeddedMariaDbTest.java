package com.cohelm.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database is a real MariaDB 11.4, reachable on loopback only, and survives a killed JVM. */
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
        var dataDir = Files.createTempDirectory("cohelm-killed").resolve("db");
        var testProperties = new EmbeddedDatabaseProperties(dataDir, properties.baseDir(), 0, "killed");
        // The first server is never closed: like a JVM killed with SIGKILL, it leaves mariadbd running.
        var orphan = EmbeddedMariaDb.start(testProperties);
        var pidFile = dataDir.resolveSibling("db.pid");
        var orphanPid = Long.parseLong(Files.readString(pidFile).trim());
        assertThat(ProcessHandle.of(orphanPid)).isPresent();

        try (var second = EmbeddedMariaDb.start(testProperties)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            try (var connection = DriverManager.getConnection(second.jdbcUrl(), "root", "")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(orphan.jdbcUrl()).isNotEqualTo(Path.of("").toString());
    }
}
