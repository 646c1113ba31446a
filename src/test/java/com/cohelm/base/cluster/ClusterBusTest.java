package com.cohelm.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.support.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.mock.env.MockEnvironment;

/**
 * The cluster bus in this JVM, and on this machine's Redis between two nodes (two connection factories, two
 * buses, two listener containers, made by {@link ClusterConfiguration} as a node makes them).
 */
class ClusterBusTest {

    private final TestClusterNodes nodes = new TestClusterNodes();

    @AfterEach
    void closeNodes() throws Exception {
        nodes.close();
    }

    @Test
    void onOneNodeAMessageReachesTheSubscribersAtOnceInThePublishersThread() {
        var bus = new InJvmClusterBus();
        var received = new ArrayList<String>();
        var thread = new ArrayList<Thread>();
        var subscription = bus.subscribe("review", message -> {
            received.add(message.body() + (message.fromThisNode() ? " here" : " elsewhere"));
            thread.add(Thread.currentThread());
        });
        bus.subscribe("other", message -> received.add("wrong topic"));
        bus.subscribe("review", message -> {
            throw new IllegalStateException("a broken subscriber");
        });

        bus.publish("review", "12 7 AGENDA");
        assertThat(received).containsExactly("12 7 AGENDA here");
        assertThat(thread).containsExactly(Thread.currentThread());
        assertThat(bus.spansNodes()).isFalse();

        subscription.close();
        bus.publish("review", "12 7 MINUTES");
        assertThat(received).hasSize(1);
        assertThatThrownBy(() -> bus.publish("a|b", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMessagePublishedOnOneNodeReachesTheOtherNodesSubscribersInOrderAndOnceOnItsOwn() throws Exception {
        var nodeA = node();
        var nodeB = node();
        var onA = new CopyOnWriteArrayList<ClusterMessage>();
        var onB = new CopyOnWriteArrayList<ClusterMessage>();
        nodeA.subscribe("notification", onA::add);
        nodeB.subscribe("notification", onB::add);
        var bThread = new CopyOnWriteArrayList<Thread>();
        nodeB.subscribe("notification", message -> bThread.add(Thread.currentThread()));

        for (int i = 1; i <= 20; i++) {
            nodeA.publish("notification", "42 " + i);
        }
        awaitSize(onB, 20);
        assertThat(onB).extracting(ClusterMessage::body)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "42 " + i).toList());
        assertThat(onB).allSatisfy(message -> assertThat(message.fromThisNode()).isFalse());
        assertThat(bThread).allSatisfy(thread -> assertThat(thread.getName()).startsWith("cluster-bus-"));
        // Node A delivered its own messages when it published them, and skips their echo from Redis.
        Thread.sleep(200);
        assertThat(onA).hasSize(20).allSatisfy(message -> assertThat(message.fromThisNode()).isTrue());
        assertThat(nodeA.spansNodes()).isTrue();
    }

    /**
     * The goal for a cross-node update is p95 under 250 ms, browser included; the bus's own share,
     * from one node's publish to the other node's subscriber, is measured here over 200 messages.
     */
    @Test
    void crossNodeLatencyIsFarBelowWhatAPersonNotices() throws Exception {
        var nodeA = node();
        var nodeB = node();
        int count = 200;
        var sentAt = new long[count];
        var latencies = new ConcurrentLinkedQueue<Long>();
        var all = new CountDownLatch(count);
        nodeB.subscribe("review", message -> {
            latencies.add(System.nanoTime() - sentAt[Integer.parseInt(message.body())]);
            all.countDown();
        });
        for (int i = 0; i < count; i++) {
            sentAt[i] = System.nanoTime();
            nodeA.publish("review", String.valueOf(i));
            Thread.sleep(2);
        }
        assertThat(all.await(10, TimeUnit.SECONDS)).as("every message arrived").isTrue();
        var sorted = latencies.stream().sorted().toList();
        double p50 = sorted.get(count / 2) / 1e6;
        double p95 = sorted.get(count * 95 / 100) / 1e6;
        double max = sorted.getLast() / 1e6;
        System.out.printf("Cluster bus, node A to node B over Redis, %d messages: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                count, p50, p95, max);
        assertThat(p95).isLessThan(250);
    }

    @Test
    void aNodeWhoseRedisDoesNotAnswerRefusesToStartAtOnceAndSaysWhy() {
        int port = TestRedis.deadPort();
        var factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        var environment = new MockEnvironment().withProperty("spring.data.redis.host", "127.0.0.1")
                .withProperty("spring.data.redis.port", String.valueOf(port));
        long start = System.nanoTime();
        assertThatThrownBy(() -> new ClusterConfiguration.OnRedis().redisClusterBus(factory,
                TestRedis.template(factory), environment, TestRedis.newPrefix()))
                .isInstanceOf(RedisUnreachableException.class)
                .hasMessageStartingWith("Redis is configured (127.0.0.1:" + port + ") but does not answer")
                .satisfies(e -> assertThat(new RedisUnreachableFailureAnalyzer().analyze(e).getAction())
                        .contains("leave spring.data.redis.host (and .url, .sentinel.nodes, .cluster.nodes) unset"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        factory.destroy();
    }

    private ClusterBus node() {
        return nodes.bus();
    }

    private static void awaitSize(List<?> list, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (list.size() < size && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(list).hasSize(size);
    }
}
