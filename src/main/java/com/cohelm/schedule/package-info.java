/**
 * Milestones, slips, re-baselines, the timeline and calendar feeds.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Schedule", allowedDependencies = {"account", "account :: *", "action", "action :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "goal", "goal :: *", "program", "program :: *", "security", "security :: *"})
package com.cohelm.schedule;

import org.springframework.modulith.ApplicationModule;
