/**
 * Notifications, email settings, digests and reminders made from the features' events.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Notification", allowedDependencies = {"account", "account :: *", "action", "action :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "feedback", "feedback :: *", "program", "program :: *", "review", "review :: *", "schedule", "schedule :: *", "security", "security :: *"})
package com.cohelm.notification;

import org.springframework.modulith.ApplicationModule;
