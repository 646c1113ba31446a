/**
 * The activity log every feature writes to, the program feed and the audit log.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Activity", allowedDependencies = {"base", "base :: *", "security", "security :: *"})
package com.cohelm.activity;

import org.springframework.modulith.ApplicationModule;
