/**
 * Organizations and people: invitations, password resets, profiles, sign-in records, logos.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Account", allowedDependencies = {"activity", "activity :: *", "base", "base :: *", "security", "security :: *"})
package com.cohelm.account;

import org.springframework.modulith.ApplicationModule;
