package com.cohelm.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * The whole application as the test suite runs it, without Redis settings: a single node, as before clusters. No
 * Redis bean exists (nothing could try to connect, nor a health indicator turn the node DOWN) and the bus is this
 * JVM's, so the other tests exercise the live updates, the bell and the throttle exactly as on one node.
 */
@CohelmSpringTest
class SingleNodeContextTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClusterBus bus;

    @Test
    void withoutRedisSettingsTheApplicationHasNoRedisAndItsBusStaysInThisJvm() {
        assertThat(context.getEnvironment().getProperty("spring.data.redis.host")).isNull();
        assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisTemplate.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RedisMessageListenerContainer.class)).isEmpty();
        assertThat(context.containsBean("redisHealthContributor")).isFalse();
        assertThat(bus).isInstanceOf(InJvmClusterBus.class);
        assertThat(bus.spansNodes()).isFalse();
    }
}
