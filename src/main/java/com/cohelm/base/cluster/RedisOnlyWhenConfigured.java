package com.cohelm.base.cluster;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves Spring Boot's Redis auto-configurations out unless Redis is configured ({@link RedisConfigured}).
 * Without this, Boot would make a connection factory for localhost:6379 whatever the settings, and a health
 * indicator that turns the node DOWN where no Redis runs: a single node must not know Redis exists.
 * Registered in {@code META-INF/spring.factories}; Boot asks it before it loads any auto-configuration.
 */
public final class RedisOnlyWhenConfigured implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String REDIS_AUTO_CONFIGURATIONS = "org.springframework.boot.data.redis.autoconfigure.";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata autoConfigurationMetadata) {
        var configured = environment != null && RedisConfigured.in(environment);
        var matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            var candidate = autoConfigurationClasses[i];
            matches[i] = configured || candidate == null || !candidate.startsWith(REDIS_AUTO_CONFIGURATIONS);
        }
        return matches;
    }
}
