package com.cohelm.base.cluster;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The bus of a cluster: Redis pub/sub on one channel, {@code <prefix>bus}. A message is {@code node|topic|body}:
 * this node delivers its own messages at once and skips their echo from Redis, so a node's own screens never wait
 * for Redis, nor miss an update while it is away. Messages from the other nodes are delivered one after the
 * other, in the order Redis relays them, on the bus's thread ({@link #receiving()}).
 *
 * <p>Pub/sub keeps nothing: a node that is disconnected misses what is published meanwhile, and its screens
 * are brought up to date at their next read of the database (decision 0038).
 */
final class RedisClusterBus implements ClusterBus, MessageListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisClusterBus.class);
    private static final char SEPARATOR = '|';

    private final String node = UUID.randomUUID().toString();
    private final LocalSubscribers subscribers = new LocalSubscribers();
    private final StringRedisTemplate redis;
    private final String channel;
    private final ExecutorService receiving = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("cluster-bus-", 0).factory());

    RedisClusterBus(StringRedisTemplate redis, String channel) {
        this.redis = redis;
        this.channel = channel;
    }

    /** The Redis channel the nodes share. */
    String channel() {
        return channel;
    }

    /** One thread, so that the other nodes' messages are handled in the order they came. */
    ExecutorService receiving() {
        return receiving;
    }

    @Override
    public void publish(String topic, String body) {
        LocalSubscribers.requireTopic(topic);
        subscribers.deliver(topic, new ClusterMessage(body, true));
        try {
            redis.convertAndSend(channel, node + SEPARATOR + topic + SEPARATOR + body);
        } catch (RuntimeException e) {
            log.warn("Could not tell the other nodes of {} {} (Redis: {}); their screens catch up at their next read",
                    topic, body, e.getMessage());
        }
    }

    @Override
    public boolean spansNodes() {
        return true;
    }

    @Override
    public Subscription subscribe(String topic, Consumer<ClusterMessage> subscriber) {
        return subscribers.add(topic, subscriber);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        var text = new String(message.getBody(), StandardCharsets.UTF_8);
        int afterNode = text.indexOf(SEPARATOR);
        int afterTopic = afterNode < 0 ? -1 : text.indexOf(SEPARATOR, afterNode + 1);
        if (afterTopic < 0) {
            log.warn("Ignored a message of another shape on {}: {}", channel, text);
            return;
        }
        if (text.substring(0, afterNode).equals(node)) {
            return; // delivered here when published
        }
        subscribers.deliver(text.substring(afterNode + 1, afterTopic),
                new ClusterMessage(text.substring(afterTopic + 1), false));
    }

    @Override
    public void close() {
        receiving.shutdownNow();
    }
}
