/**
 * Spring Security set-up, the signed-in user, roles and sides, sign-in throttling.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {})
package com.cohelm.security;

import org.springframework.modulith.ApplicationModule;
