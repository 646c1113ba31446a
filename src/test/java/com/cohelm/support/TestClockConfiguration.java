package com.cohelm.support;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Gives every service of the test application the suite's {@link TestClock} instead of the system's. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    Clock testClock() {
        return TestClock.get();
    }
}
