/**
 * Programs, their members and leads, the program access policy; home and the program overview, composed of the features' ProgramCard and HomeSection beans.
 *
 * <p>The modules it may depend on are listed below; {@code ModularityTest} fails on any other (decision 0035).
 */
@ApplicationModule(displayName = "Program", allowedDependencies = {"account", "account :: *", "activity", "activity :: *", "base", "base :: *", "security", "security :: *"})
package com.cohelm.program;

import org.springframework.modulith.ApplicationModule;
