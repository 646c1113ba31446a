/**
 * The benchmark profile's empty page and request timing (benchmarks only).
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Benchmark", allowedDependencies = {})
package com.cohelm.benchmark;

import org.springframework.modulith.ApplicationModule;
