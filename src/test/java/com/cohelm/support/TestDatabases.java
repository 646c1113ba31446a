package com.cohelm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The test suite's throwaway databases: each test JVM's embedded MariaDB keeps its files in
 * {@code target/test-databases/<random>/db} (application-test.properties), outside the temp dir, where
 * CoHelm refuses to keep a database (decision 0002). The application never deletes a database; this test
 * support code is the only place that does, and only here: before a test application starts, it deletes
 * the databases earlier test runs left behind (their server is no longer running). One run's database
 * (~160 MB) stays until the next run or {@code ./mvnw clean}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabases {

    public static final Path ROOT = Path.of("target", "test-databases");
    /** A database younger than this may belong to a test JVM that is still starting its server. */
    private static final Duration STARTING = Duration.ofMinutes(10);

    /** Runs before any bean is created, so before this run's database starts. */
    @Bean
    static BeanFactoryPostProcessor deleteDatabasesOfEarlierRuns() {
        return beanFactory -> deleteLeftovers();
    }

    /** A fresh directory for a test that starts a database of its own. */
    public static Path newDataDir(String name) {
        return ROOT.resolve(name + "-" + UUID.randomUUID()).resolve("db").toAbsolutePath();
    }

    static void deleteLeftovers() {
        if (!Files.isDirectory(ROOT)) {
            return;
        }
        try (Stream<Path> runs = Files.list(ROOT)) {
            runs.filter(TestDatabases::isLeftover).forEach(TestDatabases::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isLeftover(Path run) {
        try {
            // file times are the system's, so the age is measured on the system's clock, not the suite's
            var age = System.currentTimeMillis() - Files.getLastModifiedTime(run).toMillis();
            if (age < STARTING.toMillis() && !Files.exists(run.resolve("db.pid"))) {
                return false;
            }
            var pidFile = run.resolve("db.pid");
            if (!Files.exists(pidFile)) {
                return true;
            }
            var pid = Files.readString(pidFile).strip();
            return pid.isEmpty() || !pid.chars().allMatch(Character::isDigit)
                    || ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException e) {
            return false;
        }
    }

    private static void delete(Path run) {
        try (Stream<Path> files = Files.walk(run)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // another JVM may be deleting it too: what is left goes next time
        }
    }
}
