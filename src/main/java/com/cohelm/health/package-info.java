/**
 * Relationship health: scores from the features' facts, weekly snapshots, the portfolio.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Health", allowedDependencies = {"account", "account :: *", "action", "action :: *", "base", "base :: *", "feedback", "feedback :: *", "goal", "goal :: *", "program", "program :: *", "review", "review :: *", "schedule", "schedule :: *", "security", "security :: *"})
package com.cohelm.health;

import org.springframework.modulith.ApplicationModule;
