package com.cohelm.base.jobs;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once per cluster (decision 0037): every {@code @Scheduled} method also carries
 * ShedLock's {@code @SchedulerLock}, and a node runs it only once it holds the job's row in the table
 * {@code shedlock} (Flyway V23) of the one database every node shares. One node needs nothing more: it takes
 * the lock and runs, as before. The lock is held in the database's time ({@code usingDbTime}), so nodes whose
 * clocks differ agree on when it ends; each job still keeps its own unique keys, so a run that outlives its
 * lock ({@code lockAtMostFor}) and meets another still does nothing twice.
 *
 * <p>The lock is taken around the method's own advice (its transaction, if it has one): the lock row is
 * written and committed before the job's transaction starts and released after it has committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M", order = Ordered.HIGHEST_PRECEDENCE)
class JobLockConfiguration {

    /** The table's name is ShedLock's default; its statements run in transactions of their own. */
    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
