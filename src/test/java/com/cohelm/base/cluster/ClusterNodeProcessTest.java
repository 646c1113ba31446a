package com.cohelm.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmProcess;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.TestDatabases;
import com.cohelm.support.TestRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * CoHelm started as an operator starts a node of a cluster, with {@code spring.data.redis.host} set: it listens on
 * the bus and counts sign-in failures in Redis; whose Redis does not answer, it stops at once with a sentence that
 * says why and what to do, rather than hang or run alone.
 */
@EnabledIf(value = "isEmbedded", disabledReason = "starts CoHelm with its embedded database")
class ClusterNodeProcessTest {

    private static final Path BINARIES = Path.of(System.getProperty("user.home"), ".cohelm", "mariadb-11.4.5");

    static boolean isEmbedded() {
        var url = System.getenv("SPRING_DATASOURCE_URL");
        return url == null || url.isBlank();
    }

    @Test
    void aNodeWithRedisListensOnTheBusAndCountsSignInFailuresThere() throws Exception {
        var home = TestDatabases.newDataDir("redis-node").getParent();
        var prefix = TestRedis.newPrefix();
        var factory = TestRedis.connect();
        var redis = TestRedis.template(factory);
        try (var node = CohelmProcess.start(home, BINARIES, home.resolve("app.log"),
                "--spring.data.redis.host=" + TestRedis.host(), "--spring.data.redis.port=" + TestRedis.port(),
                "--cohelm.cluster.key-prefix=" + prefix, "--cohelm.demo-data=false",
                "--cohelm.supplier.name=Northwind Test Systems", "--cohelm.admin.email=admin@example.com",
                "--cohelm.admin.password=a long passphrase for the cluster test")) {
            assertThat(node.isRunning()).as(node.tail()).isTrue();
            var client = RedisClient.create(RedisURI.create(TestRedis.host(), TestRedis.port()));
            try (var connection = client.connect()) {
                assertThat(connection.sync().pubsubNumsub(prefix + "bus")).as("the node listens on the bus")
                        .containsEntry(prefix + "bus", 1L);
            } finally {
                client.shutdown();
            }

            var browser = new HttpSignIn(node.baseUri().getPort());
            for (int i = 0; i < 6; i++) {
                assertThat(browser.signIn("admin@example.com", "wrong " + i)).endsWith("/login?error");
            }
            assertThat(browser.signIn("admin@example.com", "a long passphrase for the cluster test"))
                    .as("the sixth failure, counted in Redis, makes the account wait").contains("throttled=");
            assertThat(redis.keys(prefix + "sign-in:account:*")).singleElement()
                    .satisfies(key -> assertThat(redis.opsForHash().get(key, "count")).isEqualTo("6"));
        } finally {
            TestRedis.deleteKeys(redis, prefix);
            factory.destroy();
        }
    }

    @Test
    void aNodeWhoseRedisDoesNotAnswerRefusesToStartWithAClearMessage() {
        var home = TestDatabases.newDataDir("redis-away").getParent();
        int port = TestRedis.deadPort();
        long start = System.nanoTime();
        try (var node = CohelmProcess.start(home, BINARIES, home.resolve("app.log"),
                "--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + port, "--cohelm.demo-data=false")) {
            var took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(node.isRunning()).as(node.tail()).isFalse();
            assertThat(node.exitCode(Duration.ofSeconds(30))).hasValueSatisfying(code -> assertThat(code).isNotZero());
            assertThat(node.log()).contains("APPLICATION FAILED TO START")
                    .contains("Redis is configured (127.0.0.1:" + port + ") but does not answer: Connection refused")
                    .contains("leave spring.data.redis.host (and .url, .sentinel.nodes, .cluster.nodes) unset");
            assertThat(node.log()).as("it stops before it starts or migrates a database")
                    .doesNotContain("Embedded MariaDB ready").doesNotContain("Migrating schema");
            System.out.println("A node whose Redis is away stopped after " + took.toMillis() + " ms");
            assertThat(took).isLessThan(Duration.ofMinutes(2));
        }
    }
}
