package com.cohelm.base.cluster;

import java.util.function.Consumer;

/** One node, the default: a message reaches this JVM's subscribers at once, and there is nobody else to tell. */
final class InJvmClusterBus implements ClusterBus {

    private final LocalSubscribers subscribers = new LocalSubscribers();

    @Override
    public void publish(String topic, String body) {
        LocalSubscribers.requireTopic(topic);
        subscribers.deliver(topic, new ClusterMessage(body, true));
    }

    @Override
    public boolean spansNodes() {
        return false;
    }

    @Override
    public Subscription subscribe(String topic, Consumer<ClusterMessage> subscriber) {
        return subscribers.add(topic, subscriber);
    }
}
