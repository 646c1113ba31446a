/**
 * The mutual action plan: action items, questions to the other side, responsiveness.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Action", allowedDependencies = {"account", "account :: *", "activity", "activity :: *", "base", "base :: *", "conversation", "conversation :: *", "program", "program :: *", "security", "security :: *"})
package com.cohelm.action;

import org.springframework.modulith.ApplicationModule;
