package com.cohelm.base.cluster;

import java.util.stream.Stream;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether this node is part of a cluster: Redis is configured, by {@code spring.data.redis.host}, or by Boot's other
 * ways to name it ({@code url}, {@code sentinel.nodes}, {@code cluster.nodes}). Without any CoHelm is a single
 * node, as it always was, and touches no Redis at all (decision 0038).
 */
final class RedisConfigured implements Condition {

    static final String HOST = "spring.data.redis.host";
    static final String URL = "spring.data.redis.url";
    static final String SENTINELS = "spring.data.redis.sentinel.nodes";
    static final String CLUSTER = "spring.data.redis.cluster.nodes";

    static boolean in(PropertyResolver properties) {
        return Stream.of(HOST, URL, SENTINELS, CLUSTER).anyMatch(name -> StringUtils.hasText(properties.getProperty(name)));
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    /** The opposite: a single node. */
    static final class Absent implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !in(context.getEnvironment());
        }
    }
}
