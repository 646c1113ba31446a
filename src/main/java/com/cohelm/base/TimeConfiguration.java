package com.cohelm.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** One clock for every service, so tests can reason about "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
