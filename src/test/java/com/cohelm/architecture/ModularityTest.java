package com.cohelm.architecture;

import com.cohelm.CohelmApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The walls between CoHelm's modules (decision 0035): every top-level package under {@code com.cohelm} is an
 * application module; {@code verify()} fails on a dependency cycle between modules, on a use of another
 * module's internal type (anything outside its root package and named interfaces) and on a dependency a
 * module does not declare in its {@code package-info.java}.
 */
class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(CohelmApplication.class);

    /**
     * No cycle between modules, no use of another module's internals: the pages gather the features' cards
     * through interfaces that the features implement ({@code ProgramCard}, {@code HomeSection},
     * {@code SubjectSource}), so no module below reaches up to one above it.
     */
    @Test
    void modulesKeepTheirWalls() {
        MODULES.verify();
    }

    /**
     * The module map, written to {@code target/spring-modulith-docs}: a C4 component diagram of all modules,
     * one per module and a canvas per module (its services, events, listeners). The README says how to read it.
     */
    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
