package com.cohelm.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * This machine's Redis for the cluster tests: 127.0.0.1:6379, or {@code -Dcohelm.test.redis=host:port}. Redis
 * keeps nothing on disk here, and several test JVMs may share it: each test run names its keys and channels
 * with a prefix of its own ({@link #newPrefix()}) and deletes its keys when done.
 */
public final class TestRedis {

    private static final String ADDRESS = System.getProperty("cohelm.test.redis", "127.0.0.1:6379");

    private TestRedis() {
    }

    public static String host() {
        return ADDRESS.substring(0, ADDRESS.lastIndexOf(':'));
    }

    public static int port() {
        return Integer.parseInt(ADDRESS.substring(ADDRESS.lastIndexOf(':') + 1));
    }

    /** A key prefix no other test run uses. */
    public static String newPrefix() {
        return "cohelm-test:" + UUID.randomUUID() + ":";
    }

    /**
     * A connection of its own to the test Redis, as one node has: two of these are two nodes. Fails with a
     * sentence that says what is missing when no Redis answers under {@code COHELM_REQUIRE_CLUSTER_TESTS=1}, and
     * skips the test with it otherwise.
     */
    public static LettuceConnectionFactory connect() {
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration(host(), port()));
        factory.afterPropertiesSet();
        try (var connection = factory.getConnection()) {
            connection.ping();
        } catch (RuntimeException e) {
            factory.destroy();
            var message = "The cluster tests need Redis on " + ADDRESS
                    + " (Debian: apt-get install redis-server; or -Dcohelm.test.redis=host:port)";
            if (!"1".equals(System.getenv(ClusterTools.REQUIRE))) {
                // a developer's machine without Redis: skipped, saying why, as the other cluster tests are
                org.junit.jupiter.api.Assumptions.abort(message + ": skipped (set " + ClusterTools.REQUIRE
                        + "=1 to fail instead)");
            }
            throw new IllegalStateException(message + " (" + ClusterTools.REQUIRE + "=1: required)", e);
        }
        return factory;
    }

    public static StringRedisTemplate template(LettuceConnectionFactory factory) {
        var template = new StringRedisTemplate(factory);
        template.afterPropertiesSet();
        return template;
    }

    /** Deletes the keys a test run made. */
    public static void deleteKeys(StringRedisTemplate redis, String prefix) {
        try (var keys = redis.scan(ScanOptions.scanOptions().match(prefix + "*").count(1000).build())) {
            keys.forEachRemaining(redis::delete);
        }
    }

    /** A local port where nothing listens (for a node whose Redis is away). */
    public static int deadPort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
