/**
 * The app shell above the features: main layout, bell, user menu, error pages, dev mailbox.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"account", "account :: *", "activity", "activity :: *", "base", "base :: *", "notification", "notification :: *", "security", "security :: *"})
package com.cohelm.shell;

import org.springframework.modulith.ApplicationModule;
