package com.cohelm.base.cluster;

/**
 * A message of the {@link ClusterBus}.
 *
 * @param body         the ids the publisher sent
 * @param fromThisNode whether this node published it: a subscriber that already updated what it keeps in memory
 *                     when it published may skip its own messages and read the database again for the others'
 */
public record ClusterMessage(String body, boolean fromThisNode) {
}
