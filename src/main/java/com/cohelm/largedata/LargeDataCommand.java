package com.cohelm.largedata;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The large-data generator as a one-shot command: the production jar started with the {@code large-data}
 * profile migrates the database, fills it and exits. It runs before the first-admin bootstrap and never
 * in a normal start (the profile is off unless named). A second guard besides the generator's own
 * check of the contents: {@code cohelm.large-data.database} must name the database it writes to.
 */
@Component
@Profile("large-data")
@Order(Ordered.HIGHEST_PRECEDENCE)
class LargeDataCommand implements ApplicationRunner {

    /** The one password of every generated account; the load test signs in with it. */
    static final String PASSWORD = "large-data-load-test";

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final ConfigurableApplicationContext context;
    private final String database;
    private final double scale;
    private final long seed;
    private final String today;

    LargeDataCommand(DataSource dataSource, PasswordEncoder passwordEncoder, ConfigurableApplicationContext context,
            @Value("${cohelm.large-data.database:}") String database,
            @Value("${cohelm.large-data.scale:1}") double scale,
            @Value("${cohelm.large-data.seed:13}") long seed,
            @Value("${cohelm.large-data.today:}") String today) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.context = context;
        this.database = database;
        this.scale = scale;
        this.seed = seed;
        this.today = today;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var actual = new JdbcTemplate(dataSource).queryForObject("select database()", String.class);
        if (!StringUtils.hasText(database) || !database.equals(actual)) {
            throw new IllegalStateException("The large-data profile writes to database '" + actual
                    + "': confirm it with --cohelm.large-data.database=" + actual);
        }
        var day = StringUtils.hasText(today) ? LocalDate.parse(today) : LocalDate.now();
        new LargeDataGenerator(dataSource, LargeDataGenerator.Plan.at(scale), seed, day,
                passwordEncoder.encode(PASSWORD)).generate();
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
