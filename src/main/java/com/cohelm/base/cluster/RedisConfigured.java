package com.cohelm.base.cluster;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether this node is part of a cluster: {@code spring.data.redis.host} (or {@code spring.data.redis.url}) is set.
 * Without either CoHelm is a single node, as it always was, and touches no Redis at all (decision 0038).
 */
final class RedisConfigured implements Condition {

    static final String HOST = "spring.data.redis.host";
    static final String URL = "spring.data.redis.url";

    static boolean in(PropertyResolver properties) {
        return StringUtils.hasText(properties.getProperty(HOST)) || StringUtils.hasText(properties.getProperty(URL));
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
