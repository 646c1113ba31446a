package com.cohelm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * HAProxy in front of the nodes of a test cluster, run from the reference configuration CoHelm ships
 * ({@code docker/haproxy/haproxy.cfg}, decision 0040) with only what a test machine needs changed: it listens on a
 * free loopback port, its servers are the nodes' loopback addresses, and its runtime API is a loopback TCP port
 * instead of a socket file under {@code /var/run}. It also records the {@code Host} of each request in its log, so
 * a test can tell which node served which browser: each person's browser uses a host name of its own
 * ({@code victor.localhost}; Chromium sends every {@code *.localhost} to the loopback address). Runs as a child
 * process ({@code haproxy -f cfg -db}), its log in {@code haproxy.log} beside the configuration.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path REFERENCE_CONFIG = Path.of("docker", "haproxy", "haproxy.cfg");
    private static final List<Path> EXECUTABLES = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/bin/haproxy"),
            Path.of("/usr/local/sbin/haproxy"));
    private static final String BACKEND = "cohelm";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    /**
     * An {@code option httplog} line: client, accept date, frontend, backend/server, timers, status, ..., the
     * captured request headers in braces (the Host first), the request line in quotes.
     */
    private static final Pattern LOG_LINE = Pattern.compile(
            "^\\S+ \\[([^]]+)] \\S+ " + BACKEND + "/(\\S+) \\S+ (-?\\d+) .*?\\{([^|}]*)[^}]*} \"(\\S+) (\\S+)");
    /** The accept date of a log line: HAProxy writes it in the machine's time zone, to the millisecond. */
    private static final DateTimeFormatter ACCEPT_DATE = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss.SSS",
            Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final Process process;
    private final Path config;
    private final Path log;
    private final int port;
    private final int adminPort;

    private Haproxy(Process process, Path config, Path log, int port, int adminPort) {
        this.process = process;
        this.config = config;
        this.log = log;
        this.port = port;
        this.adminPort = adminPort;
    }

    /** The HAProxy binary of this machine, if it has one (Debian's package installs {@code /usr/sbin/haproxy}). */
    public static Optional<Path> executable() {
        return EXECUTABLES.stream().filter(Files::isExecutable).findFirst();
    }

    /**
     * Writes the configuration into {@code dir} and starts HAProxy with it; returns once it accepts connections.
     *
     * @param servers the backend's servers by name ({@code node1}), each a node's address
     *                ({@code http://127.0.0.1:41234}); the name is also the value of the SERVERID cookie that pins a
     *                session to it
     */
    public static Haproxy start(Path dir, Map<String, URI> servers) {
        var binary = executable().orElseThrow(() -> new IllegalStateException("HAProxy is not installed"));
        var port = freePort();
        var adminPort = freePort();
        try {
            Files.createDirectories(dir);
            var config = Files.writeString(dir.resolve("haproxy.cfg"),
                    config(Files.readString(REFERENCE_CONFIG), port, adminPort, servers));
            var log = dir.resolve("haproxy.log");
            var process = new ProcessBuilder(binary.toString(), "-f", config.toString(), "-db")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            var haproxy = new Haproxy(process, config, log, port, adminPort);
            haproxy.awaitListening();
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The reference configuration with this machine's addresses: the frontend binds a loopback port and records each
     * request's {@code Host}, the runtime API answers on another, the servers are the nodes' loopback addresses, and
     * the name servers the reference uses to find nodes by name (Docker's) are left out, as there are no names to
     * find. The changes that must find what they replace fail when the reference changed shape, rather than test
     * half of it.
     */
    static String config(String reference, int port, int adminPort, Map<String, URI> servers) {
        var text = replaceLine(reference, "stats socket ", "stats socket ipv4@127.0.0.1:" + adminPort + " level admin");
        text = replaceLine(text, "bind ", "bind 127.0.0.1:" + port + "\n    capture request header Host len 64");
        var serverLines = new StringBuilder();
        servers.forEach((name, address) -> serverLines.append("    server %s %s:%d check cookie %s\n"
                .formatted(name, address.getHost(), address.getPort(), name)));
        var lines = new ArrayList<>(withoutResolvers(text).lines()
                .filter(line -> !line.strip().startsWith("server ")).toList());
        var backend = lines.indexOf("backend " + BACKEND);
        if (backend < 0) {
            throw new IllegalStateException("The reference configuration has no backend " + BACKEND);
        }
        var end = backend + 1;
        while (end < lines.size() && !lines.get(end).isBlank() && Character.isWhitespace(lines.get(end).charAt(0))) {
            end++;
        }
        lines.add(end, serverLines.toString().stripTrailing());
        return String.join("\n", lines) + "\n";
    }

    /** Without {@code resolvers} sections, and without the servers' options that use one. */
    private static String withoutResolvers(String text) {
        var kept = new ArrayList<String>();
        var inResolvers = false;
        for (var line : text.lines().toList()) {
            if (line.startsWith("resolvers ")) {
                inResolvers = true;
                continue;
            }
            if (inResolvers && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                continue;
            }
            inResolvers = false;
            kept.add(line.strip().startsWith("default-server ") || line.strip().startsWith("server ")
                    ? line.replaceAll("\\s+resolvers\\s+\\S+", "").replaceAll("\\s+init-addr\\s+\\S+", "")
                    : line);
        }
        return String.join("\n", kept);
    }

    private static String replaceLine(String text, String startingWith, String replacement) {
        var found = text.lines().filter(line -> line.strip().startsWith(startingWith)).count();
        if (found != 1) {
            throw new IllegalStateException("Expected one '" + startingWith + "' line in the reference configuration, "
                    + "found " + found);
        }
        return String.join("\n", text.lines().map(line -> line.strip().startsWith(startingWith)
                ? line.substring(0, line.indexOf(startingWith)) + replacement : line).toList());
    }

    private void awaitListening() {
        var deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                // the runtime API answers once the configuration is loaded and the frontend listens
                runtime("show info");
                return;
            } catch (UncheckedIOException notYet) {
                sleep(Duration.ofMillis(100));
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("HAProxy did not listen in " + START_TIMEOUT + ":\n" + log());
    }

    /** The balancer's address for a client that calls it {@code localhost}. */
    public URI address() {
        return URI.create("http://localhost:" + port);
    }

    /** The balancer's address under a host name of the person's own, {@code <name>.localhost}. */
    public URI address(String name) {
        return URI.create("http://" + name + ".localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** Drain: the sessions pinned to the server stay on it, new ones go to the others (before an upgrade). */
    public void drain(String server) {
        runtime("set server " + BACKEND + "/" + server + " state drain");
    }

    /** Back to taking new sessions (after drain or maintenance). */
    public void ready(String server) {
        runtime("set server " + BACKEND + "/" + server + " state ready");
    }

    /**
     * The server's status as HAProxy's statistics show it: {@code UP}, {@code DOWN}, {@code DRAIN}, {@code MAINT},
     * or a transition such as {@code UP 1/2} (one failed check of the two that take it down).
     */
    public String status(String server) {
        var rows = runtime("show stat").lines().toList();
        var header = Arrays.asList(rows.getFirst().replaceFirst("^# ", "").split(","));
        var status = header.indexOf("status");
        return rows.stream().skip(1).map(row -> row.split(",", -1))
                .filter(cells -> cells.length > status && cells[0].equals(BACKEND) && cells[1].equals(server))
                .map(cells -> cells[status])
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No server " + server + " in:\n" + rows));
    }

    /** Waits until the server's health checks put it in this status. */
    public void awaitStatus(String server, String wanted, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        var status = status(server);
        while (!status.equals(wanted)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("HAProxy's " + server + " is " + status + ", not " + wanted
                        + " after " + timeout);
            }
            sleep(Duration.ofMillis(100));
            status = status(server);
        }
    }

    /** One command on the runtime API (the admin-level stats socket); returns HAProxy's answer. */
    public String runtime(String command) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", adminPort), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write((command + "\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (answer.startsWith("Unknown command") || answer.contains("Permission denied")
                    || answer.startsWith("No such")) {
                throw new IllegalStateException("HAProxy refused '" + command + "': " + answer);
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A request HAProxy passed to a node: when HAProxy accepted it (the machine's clock, not the suite's), which
     * node served it, what it answered, for which host, and the request.
     */
    public record Served(Instant acceptedAt, String server, int status, String host, String method, String path) {
    }

    /**
     * The requests logged so far whose {@code Host} is the given one (any port). A request is logged when it
     * ends; a WebSocket (Vaadin's push) when its connection closes, which may be long after it was accepted.
     */
    /**
     * The moment as HAProxy's log will stamp it: the machine's clock, not the suite's fixed one (the one class of
     * the tests that reads it, for this comparison only; ArchitectureTest names it).
     */
    public Instant logTime() {
        return java.time.Clock.systemUTC().instant();
    }

    public List<Served> served(String host) {
        return servedLog().filter(served -> served.host().equals(host) || served.host().startsWith(host + ":"))
                .toList();
    }

    /** The requests for this host that HAProxy accepted at or after the instant (of the machine's clock). */
    public List<Served> served(String host, Instant since) {
        return served(host).stream().filter(served -> !served.acceptedAt().isBefore(since)).toList();
    }

    private Stream<Served> servedLog() {
        return log().lines().map(LOG_LINE::matcher).filter(Matcher::find)
                .map(m -> new Served(Instant.from(ACCEPT_DATE.parse(m.group(1))), m.group(2),
                        Integer.parseInt(m.group(3)), m.group(4), m.group(5), m.group(6)));
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public Path config() {
        return config;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
