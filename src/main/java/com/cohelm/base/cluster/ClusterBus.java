package com.cohelm.base.cluster;

import java.util.function.Consumer;

/**
 * Tells every node of the cluster that something changed, so that each brings its own open screens up to date.
 * A message names what changed by its ids (a review, a person, an organization), never its content: each node
 * reads the database again, as the person looking, so a message lost while a node was cut off costs a refresh,
 * never data. On one node the bus stays in this JVM; on several, it goes through Redis (decision 0038).
 *
 * <p>A message is delivered to the subscribers of its topic on every node, this one included: here at once, in the
 * publisher's thread (call it after the change committed); elsewhere a moment later, in the order it was
 * published, on the bus's own thread. Subscribers hand long work to a thread of their own.
 */
public interface ClusterBus {

    /**
     * Sends {@code body} to the subscribers of {@code topic} on every node. Never throws because another node
     * could not be told: the change is committed, and the others catch up at their next read.
     *
     * @param topic a short name without {@code |}, e.g. {@code "review"}
     * @param body  ids, e.g. {@code "12 7 AGENDA"}
     */
    void publish(String topic, String body);

    /**
     * Whether other nodes may publish: a subscriber that keeps something in memory (not a screen, which reads
     * again at the next navigation) then reads it again now and then, in case a message was lost.
     */
    boolean spansNodes();

    /** Delivers the topic's messages, from this node and the others, to {@code subscriber} until closed. */
    Subscription subscribe(String topic, Consumer<ClusterMessage> subscriber);

    /** Ends a subscription. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
