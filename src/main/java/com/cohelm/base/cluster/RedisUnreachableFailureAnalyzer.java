package com.cohelm.base.cluster;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says, in Boot's "APPLICATION FAILED TO START" report, why and what to do when Redis does not answer. */
public final class RedisUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<RedisUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RedisUnreachableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Start Redis (" + cause.where() + "), or correct spring.data.redis.* (host, port, password). "
                        + "To run CoHelm as a single node, leave spring.data.redis.host (and .url, .sentinel.nodes, "
                        + ".cluster.nodes) unset.",
                cause);
    }
}
