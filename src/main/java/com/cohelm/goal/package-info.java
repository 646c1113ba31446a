/**
 * Joint goals with KPIs, measurements, status history.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Goal", allowedDependencies = {"account", "account :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "program", "program :: *", "security", "security :: *"})
package com.cohelm.goal;

import org.springframework.modulith.ApplicationModule;
