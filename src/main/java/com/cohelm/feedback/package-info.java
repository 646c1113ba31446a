/**
 * Feedback items both ways and blind pulses.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Feedback", allowedDependencies = {"account", "account :: *", "action", "action :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "goal", "goal :: *", "program", "program :: *", "schedule", "schedule :: *", "security", "security :: *"})
package com.cohelm.feedback;

import org.springframework.modulith.ApplicationModule;
