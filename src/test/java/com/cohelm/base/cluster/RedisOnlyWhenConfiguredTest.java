package com.cohelm.base.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.TestRedis;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.mock.env.MockEnvironment;

/**
 * Boot's Redis auto-configurations load only when Redis is configured, and the bus follows: in this JVM without
 * Redis, on Redis with it; a node whose Redis does not answer fails to start with {@link RedisUnreachableException}.
 */
class RedisOnlyWhenConfiguredTest {

    @ImportAutoConfiguration({DataRedisAutoConfiguration.class, DataRedisHealthContributorAutoConfiguration.class})
    static class WithBootsRedis {
    }

    private final ApplicationContextRunner node = new ApplicationContextRunner()
            .withUserConfiguration(WithBootsRedis.class, ClusterConfiguration.class);

    @Test
    void withoutRedisSettingsThereIsNoRedisAtAllAndTheBusStaysInThisJvm() {
        node.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(RedisConnectionFactory.class);
            assertThat(context).doesNotHaveBean(StringRedisTemplate.class);
            assertThat(context).doesNotHaveBean(RedisMessageListenerContainer.class);
            assertThat(context).doesNotHaveBean("redisHealthContributor");
            assertThat(context).getBean(ClusterBus.class).isInstanceOf(InJvmClusterBus.class);
        });
    }

    @Test
    void withRedisSetTheBusGoesThroughRedis() {
        node.withPropertyValues("spring.data.redis.host=" + TestRedis.host(), "spring.data.redis.port=" + TestRedis.port(),
                "cohelm.cluster.key-prefix=" + TestRedis.newPrefix()).run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(RedisConnectionFactory.class);
                    assertThat(context).getBean(ClusterBus.class).isInstanceOf(RedisClusterBus.class);
                    assertThat(context).as("Boot's own container backed off").hasSingleBean(RedisMessageListenerContainer.class);
                    assertThat(context.getBean(RedisMessageListenerContainer.class).isListening()).isTrue();
                });
    }

    @Test
    void withRedisSetButAwayTheNodeRefusesToStart() {
        int port = TestRedis.deadPort();
        node.withPropertyValues("spring.data.redis.host=127.0.0.1", "spring.data.redis.port=" + port).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().isNotNull();
            assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(java.net.ConnectException.class);
            var failure = new RedisUnreachableFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(failure.getDescription()).startsWith("Redis is configured (127.0.0.1:" + port + ")");
        });
    }

    @Test
    void theFilterLeavesOutOnlyRedisAutoConfigurations() {
        var filter = new RedisOnlyWhenConfigured();
        filter.setEnvironment(new MockEnvironment());
        var candidates = new String[] {DataRedisAutoConfiguration.class.getName(),
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration", null};
        assertThat(filter.match(candidates, null)).containsExactly(false, true, true);
        for (var setting : new String[] {"spring.data.redis.host", "spring.data.redis.url",
                "spring.data.redis.sentinel.nodes", "spring.data.redis.cluster.nodes"}) {
            filter.setEnvironment(new MockEnvironment().withProperty(setting, "cache:6379"));
            assertThat(filter.match(candidates, null)).as(setting).containsExactly(true, true, true);
        }
    }
}
