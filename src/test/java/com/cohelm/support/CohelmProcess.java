package com.cohelm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * CoHelm as an operator runs it: {@code com.cohelm.CohelmApplication} in a JVM of its own (the test's class
 * path), with its embedded MariaDB under a home directory, output in a log file. For the tests that kill it.
 */
public final class CohelmProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded MariaDB ready on 127\\.0\\.0\\.1:(\\d+)");
    private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final Path log;
    private boolean ready;

    private CohelmProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts CoHelm with {@code COHELM_HOME=home} and waits until it is ready (its readiness probe answers UP,
     * which it does once the start-up work such as the demo data is done) or has exited.
     *
     * @param baseDir the unpacked MariaDB binaries to share (null: under the home, as an operator's would be)
     */
    public static CohelmProcess start(Path home, Path baseDir, Path log, String... extraArguments) {
        var arguments = new ArrayList<String>();
        if (baseDir != null) {
            arguments.add("--cohelm.embedded-db.base-dir=" + baseDir);
        }
        arguments.addAll(List.of(extraArguments));
        return launch("com.cohelm.CohelmApplication", List.of(), home, 0, log, arguments);
    }

    /**
     * Starts CoHelm on the suite's clock ({@link CohelmOnTestClock}: the same instant as this JVM's
     * {@link TestClock}) on the given HTTP port (0: a free one), and waits as {@link #start} does. A node of a
     * cluster keeps its port across restarts, as a server keeps its address behind a load balancer.
     */
    public static CohelmProcess startOnTestClock(Path home, int port, Path log, String... extraArguments) {
        return launch(CohelmOnTestClock.class.getName(), TestClock.jvmOptions(), home, port, log,
                List.of(extraArguments));
    }

    private static CohelmProcess launch(String mainClass, List<String> jvmOptions, Path home, int port, Path log,
            List<String> extraArguments) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:off",
                // the suite's temp dir (target/test-tmp), so that a checkout under /tmp runs its databases too
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), mainClass,
                "--server.port=" + port,
                "--vaadin.launch-browser=false",
                "--cohelm.health.refresh-cron=-",
                "--cohelm.feedback.pulse-cron=-",
                "--cohelm.notification.digest-cron=-",
                "--cohelm.notification.reminder-cron=-"));
        command.addAll(extraArguments);
        try {
            Files.createDirectories(log.getParent());
            var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("COHELM_"));
            builder.environment().putAll(Map.of("COHELM_HOME", home.toString(), "VAADIN_USAGE_STATS_ENABLED", "false"));
            var started = new CohelmProcess(builder.start(), log);
            started.awaitStartedOrExited();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs tests from a manifest-only jar; the real class path is in this property. */
    private static String classPath() {
        return Optional.ofNullable(System.getProperty("surefire.test.class.path"))
                .orElse(System.getProperty("java.class.path"));
    }

    private void awaitStartedOrExited() {
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return;
            }
            var port = HTTP_PORT.matcher(log());
            if (port.find() && readinessIsUp(Integer.parseInt(port.group(1)))) {
                ready = true;
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        process.destroyForcibly();
        throw new IllegalStateException("CoHelm did not start in " + START_TIMEOUT + "; log:\n" + tail());
    }

    private static boolean readinessIsUp(int port) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Started, ready, and still alive. */
    public boolean isRunning() {
        return ready && process.isAlive();
    }

    public Optional<Integer> exitCode(Duration wait) {
        try {
            return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Its HTTP address, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        var port = HTTP_PORT.matcher(log());
        if (!port.find()) {
            throw new IllegalStateException("No HTTP port in the log:\n" + tail());
        }
        return URI.create("http://127.0.0.1:" + port.group(1));
    }

    /** The JDBC address of its embedded MariaDB, as it logged it. */
    public String jdbcUrl() {
        var matcher = DATABASE_PORT.matcher(log());
        if (!matcher.find()) {
            throw new IllegalStateException("No embedded database in the log:\n" + tail());
        }
        return "jdbc:mariadb://127.0.0.1:" + matcher.group(1) + "/cohelm";
    }

    /** Like the OOM killer or {@code kill -9}: no shutdown hook runs, mariadbd stays behind. */
    public void killJvm() {
        process.destroyForcibly();
        exitCode(Duration.ofSeconds(30));
    }

    /** Like {@code kill} or Ctrl-C: a graceful shutdown. */
    public int terminate() {
        process.destroy();
        return exitCode(Duration.ofSeconds(60)).orElseThrow(() -> new IllegalStateException("CoHelm did not stop"));
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public String tail() {
        var lines = log().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            terminate();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
