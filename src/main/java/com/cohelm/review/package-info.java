/**
 * Joint review meetings: agenda, minutes, decisions, sign-off, presentation, PDF.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"account", "account :: *", "action", "action :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "feedback", "feedback :: *", "goal", "goal :: *", "program", "program :: *", "schedule", "schedule :: *", "security", "security :: *"})
package com.cohelm.review;

import org.springframework.modulith.ApplicationModule;
