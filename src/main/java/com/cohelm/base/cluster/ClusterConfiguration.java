package com.cohelm.base.cluster;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.data.redis.autoconfigure.RedisMessageListenerContainerConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.StringUtils;

/**
 * The cluster bus: in this JVM when Redis is not configured, on Redis pub/sub when it is. A node whose Redis
 * does not answer stops here, while it starts, with a message that says so ({@link RedisUnreachableException}),
 * rather than run alone unnoticed or wait for ever.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    /** Prefixes every key and channel CoHelm uses in Redis, so that one Redis can serve several installations. */
    static final String KEY_PREFIX = "${cohelm.cluster.key-prefix:cohelm:}";

    @Bean
    @Conditional(RedisConfigured.Absent.class)
    ClusterBus inJvmClusterBus() {
        return new InJvmClusterBus();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(RedisConfigured.class)
    static class OnRedis {

        /**
         * The database waits for the bus, so that a node whose Redis does not answer stops before it starts its
         * embedded MariaDB or migrates the shared database, in seconds, not once the whole application is built.
         */
        @Bean
        static BeanFactoryPostProcessor databaseAfterRedis() {
            return new DatabaseAfterRedis();
        }

        @Bean
        RedisClusterBus redisClusterBus(RedisConnectionFactory connections, StringRedisTemplate redis,
                Environment environment, @Value(KEY_PREFIX) String keyPrefix) {
            requireAnswer(connections, environment);
            return new RedisClusterBus(redis, keyPrefix + "bus");
        }

        /**
         * Named as Boot's own container, which then backs off: one subscription connection per node. Boot's
         * settings apply ({@code spring.data.redis.listener.*}: how often it tries again when Redis was away), but
         * not its thread per message: the bus's one thread keeps the other nodes' messages in order.
         */
        @Bean
        RedisMessageListenerContainer redisMessageListenerContainer(RedisConnectionFactory connections,
                ObjectProvider<RedisMessageListenerContainerConfigurer> bootSettings, RedisClusterBus bus) {
            var container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            bootSettings.ifAvailable(settings -> settings.configure(container, connections));
            container.setTaskExecutor(bus.receiving());
            var subscribing = new SimpleAsyncTaskExecutor("cluster-bus-subscription-");
            subscribing.setVirtualThreads(true);
            container.setSubscriptionExecutor(subscribing);
            container.addMessageListener(bus, ChannelTopic.of(bus.channel()));
            return container;
        }

        private static final class DatabaseAfterRedis extends AbstractDependsOnBeanFactoryPostProcessor {
            DatabaseAfterRedis() {
                super(DataSource.class, "redisClusterBus");
            }
        }

        private static void requireAnswer(RedisConnectionFactory connections, Environment environment) {
            try (var connection = connections.getConnection()) {
                connection.ping();
            } catch (RuntimeException e) {
                throw new RedisUnreachableException(where(environment), e);
            }
        }

        private static String where(Environment environment) {
            if (StringUtils.hasText(environment.getProperty(RedisConfigured.URL))) {
                return RedisConfigured.URL + " set"; // never the URL itself: it may hold a password
            }
            for (var nodes : List.of(RedisConfigured.SENTINELS, RedisConfigured.CLUSTER)) {
                if (StringUtils.hasText(environment.getProperty(nodes))) {
                    return nodes + "=" + environment.getProperty(nodes);
                }
            }
            return environment.getProperty(RedisConfigured.HOST) + ":"
                    + environment.getProperty("spring.data.redis.port", "6379");
        }
    }
}
