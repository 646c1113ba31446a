package com.cohelm.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded MariaDB keeps its binaries and its data.
 *
 * @param dataDir      the database files; kept across restarts unless it lies in the temp dir
 * @param baseDir      the unpacked MariaDB binaries, shared by every start
 * @param port         TCP port on 127.0.0.1; 0 picks a free one
 * @param databaseName the schema CoHelm uses
 */
@ConfigurationProperties("cohelm.embedded-db")
public record EmbeddedDatabaseProperties(
        Path dataDir,
        Path baseDir,
        @DefaultValue("0") int port,
        @DefaultValue("cohelm") String databaseName) {
}
