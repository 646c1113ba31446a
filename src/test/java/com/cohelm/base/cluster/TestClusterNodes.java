package com.cohelm.base.cluster;

import com.cohelm.support.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.data.redis.autoconfigure.RedisMessageListenerContainerConfigurer;
import org.springframework.mock.env.MockEnvironment;

/**
 * Nodes of a cluster inside one test: each {@link #bus()} is the Redis bus of a node of its own (its own connection
 * factory, listener container and thread, made by {@link ClusterConfiguration} as a node makes them), on this
 * machine's Redis, on channels no other test run uses. Closing stops them all.
 */
public final class TestClusterNodes implements AutoCloseable {

    private final String prefix = TestRedis.newPrefix();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** The bus of a new node, subscribed when this returns. */
    public ClusterBus bus() {
        var factory = TestRedis.connect();
        toClose.add(factory::destroy);
        var configuration = new ClusterConfiguration.OnRedis();
        var environment = new MockEnvironment().withProperty("spring.data.redis.host", TestRedis.host());
        var bus = configuration.redisClusterBus(factory, TestRedis.template(factory), environment, prefix);
        toClose.add(bus);
        var noBootSettings = new StaticListableBeanFactory().getBeanProvider(RedisMessageListenerContainerConfigurer.class);
        var container = configuration.redisMessageListenerContainer(factory, noBootSettings, bus);
        container.afterPropertiesSet();
        container.start();
        toClose.add(() -> {
            container.stop();
            container.destroy();
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!container.isListening()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The node did not subscribe to " + bus.channel() + " in 20 s");
            }
            Thread.onSpinWait();
        }
        return bus;
    }

    @Override
    public void close() throws Exception {
        Collections.reverse(toClose);
        for (var closeable : toClose) {
            closeable.close();
        }
        toClose.clear();
    }
}
