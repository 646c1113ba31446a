/**
 * The shared kernel every module may use; it depends on no module.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Base", allowedDependencies = {})
package com.cohelm.base;

import org.springframework.modulith.ApplicationModule;
