/**
 * The large-data generator (profile large-data, benchmarks only).
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Large data", allowedDependencies = {})
package com.cohelm.largedata;

import org.springframework.modulith.ApplicationModule;
