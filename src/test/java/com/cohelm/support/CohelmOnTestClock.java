package com.cohelm.support;

import com.cohelm.CohelmApplication;
import java.time.Duration;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code main} for a CoHelm JVM a test starts ({@link CohelmProcess#startOnTestClock}): the whole application,
 * as {@link CohelmApplication#main} starts it, with the suite's {@link TestClock} as its clock. The JVM is given
 * the test JVM's clock reading ({@link TestClock#jvmOptions()}), so the nodes of a cluster agree on the time.
 */
public final class CohelmOnTestClock {

    /** See {@link AwaitFirstNode}. */
    static final String AWAIT_FIRST_NODE = "cohelm.test.await-first-node";

    private CohelmOnTestClock() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(CohelmApplication.class, TestClockConfiguration.class, AwaitFirstNode.class)
                .run(args);
    }

    /**
     * A node started at the same time as the first node of a cluster, on an empty database, goes through its whole
     * start meanwhile but waits, before the start-up work (the demo data, the first admin), until the first node has
     * put people in the database: the state an operator gets by starting the other nodes once the first has finished
     * its first start. Without it the node would find nobody in the database and refuse to start.
     */
    @TestConfiguration(proxyBeanMethods = false)
    @ConditionalOnProperty(AWAIT_FIRST_NODE)
    static class AwaitFirstNode {

        private static final Duration LONGEST = Duration.ofMinutes(3);

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        ApplicationRunner awaitPeopleFromTheFirstNode(JdbcClient jdbc) {
            return args -> {
                var deadline = System.nanoTime() + LONGEST.toNanos();
                while (jdbc.sql("select count(*) from user_account").query(Long.class).single() == 0) {
                    if (System.nanoTime() - deadline > 0) {
                        throw new IllegalStateException("The first node put nobody in the database in " + LONGEST);
                    }
                    Thread.sleep(200);
                }
                LoggerFactory.getLogger(AwaitFirstNode.class).info("The first node has put people in the database");
            };
        }
    }
}
