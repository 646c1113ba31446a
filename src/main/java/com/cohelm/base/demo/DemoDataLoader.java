package com.cohelm.base.demo;

import com.cohelm.base.events.PendingEvents;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the demo organizations, people and programs of DESIGN.md. A database
 * that has any person in it is left alone, so a second start never duplicates anything and real data
 * is never touched. The listeners of the events it caused (mentions in the demo threads) are done before
 * the application is ready: their notifications are the demo's history, not news to mail.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final Duration EVENTS_TIMEOUT = Duration.ofSeconds(30);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final PendingEvents pendingEvents;

    DemoDataLoader(List<DemoDataContributor> contributors, JdbcClient jdbc, TransactionTemplate transaction,
            PendingEvents pendingEvents) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.pendingEvents = pendingEvents;
    }

    @Override
    public void run(ApplicationArguments args) {
        var loaded = transaction.execute(status -> {
            var people = jdbc.sql("select count(*) from user_account").query(Long.class).single();
            if (people > 0) {
                log.info("Demo data: the database already has people in it; nothing loaded");
                return false;
            }
            contributors.forEach(DemoDataContributor::contribute);
            log.info("Demo data loaded: sign in as admin@northwind.example / accord-demo");
            return true;
        });
        if (Boolean.TRUE.equals(loaded) && !pendingEvents.awaitHandled(EVENTS_TIMEOUT)) {
            log.warn("Demo data: the listeners of its events are not done after {}", EVENTS_TIMEOUT);
        }
    }
}
