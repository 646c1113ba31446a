package com.cohelm.base.demo;

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
 * is never touched.
 */
@Component
@Conditional(DemoDataCondition.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final List<DemoDataContributor> contributors;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataLoader(List<DemoDataContributor> contributors, JdbcClient jdbc, TransactionTemplate transaction) {
        this.contributors = contributors;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            var people = jdbc.sql("select count(*) from user_account").query(Long.class).single();
            if (people > 0) {
                log.info("Demo data: the database already has people in it; nothing loaded");
                return;
            }
            contributors.forEach(DemoDataContributor::contribute);
            log.info("Demo data loaded: sign in as admin@northwind.example / accord-demo");
        });
    }
}
