/**
 * What crosses the nodes of a cluster (decision 0038): the {@link com.cohelm.base.cluster.ClusterBus} that tells
 * every node "X changed" (ids only; each node reads the database again). With {@code spring.data.redis.host}
 * unset CoHelm is one node and the bus stays in this JVM; with it set, the bus goes through Redis pub/sub and
 * a node whose Redis does not answer refuses to start.
 */
@NamedInterface("cluster")
package com.cohelm.base.cluster;

import org.springframework.modulith.NamedInterface;
