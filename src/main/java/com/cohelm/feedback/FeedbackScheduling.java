package com.cohelm.feedback;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Pulses open and close on schedule ({@link PulseScheduler}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class FeedbackScheduling {
}
