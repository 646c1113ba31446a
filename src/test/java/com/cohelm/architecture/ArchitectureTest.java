package com.cohelm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * Package by feature: views are thin, a feature's entities and repositories stay inside it, and
 * features talk to each other through their public services and records only.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cohelm");
    }

    @Test
    void viewsNeverUseARepository() {
        ArchRule rule = noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, which check access");
        rule.check(classes);
    }

    @Test
    void viewsNeverUseTheUncheckedDirectory() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.account.AccountDirectory")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.program.ProgramDirectory")
                .because("the directory checks no access; services use it on ids they already authorized")
                .check(classes);
    }

    @Test
    void entitiesAndRepositoriesStayInsideTheirFeature() {
        classes().that().areAnnotatedWith(Entity.class).or().areAssignableTo(Repository.class)
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void viewsLiveInUiPackages() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
    }

    @Test
    void featuresDoNotReachIntoEachOthersUi() {
        slices().matching("com.cohelm.(*).ui..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("com.cohelm.base.ui"))
                .check(classes);
    }

    /** Per package, so that the shell in base.ui may know the features while they use base. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.cohelm.(**)").should().beFreeOfCycles().check(classes);
    }
}
