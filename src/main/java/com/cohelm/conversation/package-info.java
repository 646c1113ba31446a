/**
 * Comment threads on the features' subjects (each feature declares its SubjectSource), mentions.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Conversation", allowedDependencies = {"account", "account :: *", "activity", "activity :: *", "base", "base :: *", "program", "program :: *", "security", "security :: *"})
package com.cohelm.conversation;

import org.springframework.modulith.ApplicationModule;
