package com.cohelm.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real MariaDB with the demo data, on a random port. Every test class uses
 * this same configuration so that Spring's context cache keeps one application and one database for
 * the whole test run. Tests that change data create their own organizations and programs rather than
 * changing the demo ones. The application's clock is the suite's {@link TestClock}: a fixed day and hour.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestClockConfiguration.class, TestDatabases.class})
public @interface CohelmSpringTest {
}
