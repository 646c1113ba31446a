package com.cohelm.base.cluster;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** This node's subscribers, by topic: both buses deliver through it. One failing subscriber never stops the others. */
final class LocalSubscribers {

    private static final Logger log = LoggerFactory.getLogger(LocalSubscribers.class);

    private final Map<String, Set<Consumer<ClusterMessage>>> byTopic = new ConcurrentHashMap<>();

    ClusterBus.Subscription add(String topic, Consumer<ClusterMessage> subscriber) {
        requireTopic(topic);
        byTopic.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(subscriber);
        return () -> byTopic.computeIfPresent(topic, (t, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    void deliver(String topic, ClusterMessage message) {
        var set = byTopic.get(topic);
        if (set == null) {
            return;
        }
        for (var subscriber : Set.copyOf(set)) {
            try {
                subscriber.accept(message);
            } catch (RuntimeException e) {
                log.warn("A subscriber of '{}' failed on message '{}'", topic, message.body(), e);
            }
        }
    }

    static void requireTopic(String topic) {
        if (topic == null || topic.isEmpty() || topic.indexOf('|') >= 0) {
            throw new IllegalArgumentException("A topic is a non-empty name without '|': " + topic);
        }
    }
}
