package com.cohelm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;
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

    /**
     * The batch readers each feature offers the health feature answer for many programs at once and check no
     * access: only health, which passes program ids it has authorized (or works for the weekly job), reads them.
     */
    @Test
    void onlyHealthReadsTheUncheckedFacts() {
        noClasses().that().resideOutsideOfPackages("com.cohelm.health..")
                .and().resideOutsideOfPackages("com.cohelm.goal", "com.cohelm.schedule", "com.cohelm.action",
                        "com.cohelm.program")
                .should().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.goal.GoalFacts")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.schedule.ScheduleFacts")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.action.ActionFacts")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.program.ProgramFacts")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.cohelm.program.PortfolioPrograms")
                .because("they check no access: views and other features read through the checked services")
                .check(classes);
    }

    /**
     * Decision 0037: on several nodes a scheduled job runs on one of them, so every one takes the cluster's lock;
     * but for what refreshes a node's own memory, which every node must do (the logo catalog).
     */
    @Test
    void everyScheduledJobRunsOncePerCluster() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areAnnotatedWith(org.springframework.scheduling.annotation.Scheduled.class)
                .and().areNotDeclaredIn("com.cohelm.account.LogoCatalog")
                .should().beAnnotatedWith(net.javacrumbs.shedlock.spring.annotation.SchedulerLock.class)
                .because("without the lock every node would send the digest, open the pulse, … once each")
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
        // The shell's own pages (errors, not found, the dev mailbox) are the app shell's: it is all UI.
        classes().that().areAnnotatedWith(Route.class).should().resideInAnyPackage("..ui..", "com.cohelm.shell")
                .check(classes);
    }

    @Test
    void featuresDoNotReachIntoEachOthersUi() {
        slices().matching("com.cohelm.(*).ui..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        JavaClass.Predicates.resideInAPackage("com.cohelm.base.ui"))
                // what a module publishes of its UI (account's person label) is meant to be used by others
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                                org.springframework.modulith.NamedInterface.class))
                .check(classes);
    }

    /**
     * "Now" and "today" come from the application's {@link java.time.Clock} (tests fix it, decision 0021), never
     * from the system clock: a view that asked {@code LocalDate} or {@code Instant} for the current moment
     * without the clock made a test fail on the day it ran.
     */
    @Test
    void timeComesFromTheApplicationsClock() {
        var everything = new ClassFileImporter().importPackages("com.cohelm");
        noClasses().that().doNotHaveFullyQualifiedName("com.cohelm.largedata.LargeDataCommand")
                .and().doNotHaveFullyQualifiedName("com.cohelm.support.TestClock")
                // HAProxy stamps its log with the machine's clock: the cluster test compares with that
                .and().doNotHaveFullyQualifiedName("com.cohelm.support.Haproxy")
                .should(callTheSystemClock())
                .because("time comes from the injected Clock (TestClock in tests)")
                .check(everything);
    }

    /**
     * SQL in tests reads no clock either: {@code now()} in a test's statement is the database's real time, not
     * the suite's, and made two token-expiry tests fail whenever the suite's clock was behind the real one.
     * (The crash test writes to a CoHelm of its own, which runs on the real clock.)
     */
    @Test
    void testSqlReadsNoDatabaseClock() throws java.io.IOException {
        var literal = java.util.regex.Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        var databaseClock = java.util.regex.Pattern.compile(
                "\\b(now|current_timestamp|current_date|curdate|sysdate|utc_timestamp)\\s*\\(",
                java.util.regex.Pattern.CASE_INSENSITIVE);
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "test", "java"))) {
            var offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !List.of("EmbeddedDatabaseCrashTest.java", "ArchitectureTest.java")
                            .contains(f.getFileName().toString()))
                    .flatMap(f -> {
                        try {
                            var lines = java.nio.file.Files.readAllLines(f);
                            return java.util.stream.IntStream.range(0, lines.size())
                                    .filter(i -> literal.matcher(lines.get(i)).results()
                                            .anyMatch(text -> databaseClock.matcher(text.group()).find()))
                                    .mapToObj(i -> f + ":" + (i + 1) + ": " + lines.get(i).strip());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
            org.assertj.core.api.Assertions.assertThat(offenders)
                    .as("SQL in tests takes its times from TestClock, as parameters").isEmpty();
        }
    }

    private static ArchCondition<JavaClass> callTheSystemClock() {
        var timeTypes = Set.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
                "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.YearMonth",
                "java.time.Year");
        return new ArchCondition<>("call now() without a Clock, or Clock.system*()") {
            @Override
            public void check(JavaClass item,
                    ConditionEvents events) {
                for (var call : item.getMethodCallsFromSelf()) {
                    var target = call.getTarget();
                    var owner = target.getOwner().getFullName();
                    var params = target.getRawParameterTypes();
                    var systemNow = timeTypes.contains(owner) && target.getName().equals("now")
                            && (params.isEmpty() || !params.getFirst().getName().equals("java.time.Clock"));
                    var systemClock = owner.equals("java.time.Clock") && target.getName().startsWith("system");
                    var allowed = item.getFullName().equals("com.cohelm.base.TimeConfiguration") && systemClock;
                    if ((systemNow || systemClock) && !allowed) {
                        events.add(SimpleConditionEvent.satisfied(call, call.getDescription()));
                    }
                }
            }
        };
    }

    /** Per package, so that the shell in base.ui may know the features while they use base. */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("com.cohelm.(**)").should().beFreeOfCycles().check(classes);
    }
}
