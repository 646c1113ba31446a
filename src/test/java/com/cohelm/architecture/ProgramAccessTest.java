package com.cohelm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * One access check, hard to forget (issue 19): every public method of a service, or of another public bean at a
 * module's root, that takes a parameter named {@code programId} passes through
 * {@code ProgramAccessPolicy.require(long, Need)} before it reads or writes the program's data, either itself, or
 * through a method of its own class that does (followed to any depth), or by delegating to another method that
 * is itself checked (through an interface: every implementation is). A method that answers {@link Optional} may
 * ask {@code ProgramAccessPolicy.find(long)} instead: it answers empty exactly as for a program that does not
 * exist (the program page, a thread's subject).
 *
 * <p>The build compiles with {@code -parameters}, so the rule reads the parameters' names by reflection. A method
 * that rightly checks no signed-in user's access (a helper that services call on ids they already checked; a job
 * or a feed read with its secret token, which asks {@code findFor} for the user it acts for) is listed in
 * {@link #EXEMPT} with the reason.
 */
class ProgramAccessTest {

    private static final String POLICY = "com.cohelm.program.ProgramAccessPolicy";
    private static final String NEED = POLICY + "$Need";

    /** The check, and the form of it that answers empty rather than not found. */
    private static final String REQUIRE = "require(long, " + NEED + ")";
    private static final String FIND = "find(long)";
    /** Public methods that take a program id and rightly check no current user's access to it, and why. */
    private static final Map<String, String> EXEMPT = Map.of(
            "com.cohelm.program.ProgramDirectory.memberIds",
            "the unchecked directory: services use it on ids they already authorized, views may not (ArchitectureTest)",
            "com.cohelm.activity.ActivityRecorder.latestForProgram",
            "called by ProgramService.recentActivity after its check; activity sits below program and cannot ask it");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.cohelm");
    }

    @Test
    void everyServiceMethodTakingAProgramIdChecksAccessToIt() {
        var checked = new Checked(classes);
        var unchecked = new TreeSet<String>();
        var found = 0;
        for (var method : entryPoints()) {
            found++;
            if (!EXEMPT.containsKey(key(method)) && !checked.isChecked(method)) {
                unchecked.add(method.getFullName());
            }
        }
        assertThat(found).as("service methods taking a programId (is -parameters on?)").isGreaterThan(50);
        assertThat(unchecked).as("public methods that take a programId without ProgramAccessPolicy.require(long, Need)")
                .isEmpty();
    }

    /** An exemption names a method that exists and takes a program id: a renamed one must not leave a stale entry. */
    @Test
    void everyExemptionNamesAMethodTakingAProgramId() {
        var entryPoints = entryPoints().stream().map(ProgramAccessTest::key).toList();
        assertThat(entryPoints).containsAll(EXEMPT.keySet());
    }

    /** The public methods taking a {@code programId} of services and of the other public beans at a module's root. */
    private static List<JavaMethod> entryPoints() {
        var result = new ArrayList<JavaMethod>();
        for (var type : classes) {
            if (!isModuleRootBean(type) || type.getFullName().equals(POLICY)) {
                continue;
            }
            for (var method : type.getMethods()) {
                if (method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(
                        JavaModifier.SYNTHETIC) && !method.getModifiers().contains(JavaModifier.BRIDGE)
                        && takesAProgramId(method)) {
                    result.add(method);
                }
            }
        }
        return result;
    }

    private static boolean isModuleRootBean(JavaClass type) {
        var module = type.getPackageName().split("\\.");
        return module.length == 3 && type.getModifiers().contains(JavaModifier.PUBLIC) && !type.isInterface()
                && (type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class));
    }

    private static boolean takesAProgramId(JavaMethod method) {
        var parameters = method.reflect().getParameters();
        assertThat(parameters).as("parameter names of " + method.getFullName() + " (compile with -parameters)")
                .allMatch(java.lang.reflect.Parameter::isNamePresent);
        return Arrays.stream(parameters).anyMatch(p -> p.getName().equals("programId"));
    }

    private static String key(JavaMethod method) {
        return method.getOwner().getFullName() + "." + method.getName();
    }

    /**
     * Which code units pass the check: a fixed point over the calls, since a method is checked when something it
     * calls is (its own helpers, another service, an interface whose every implementation is).
     */
    private static final class Checked {

        private final Map<JavaCodeUnit, Boolean> required = new HashMap<>();
        private final Map<JavaCodeUnit, Boolean> found = new HashMap<>();
        private final JavaClasses classes;

        Checked(JavaClasses classes) {
            this.classes = classes;
            var units = new ArrayList<JavaCodeUnit>();
            classes.forEach(type -> units.addAll(type.getCodeUnits()));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (var unit : units) {
                    if (!required.getOrDefault(unit, false) && passesRequire(unit)) {
                        required.put(unit, true);
                        changed = true;
                    }
                    if (!found.getOrDefault(unit, false) && answersOptional(unit) && passesFind(unit)) {
                        found.put(unit, true);
                        changed = true;
                    }
                }
            }
        }

        boolean isChecked(JavaCodeUnit unit) {
            return required.getOrDefault(unit, false) || found.getOrDefault(unit, false);
        }

        private boolean passesRequire(JavaCodeUnit unit) {
            return calls(unit).anyMatch(target -> isPolicy(target, REQUIRE)
                    || resolvesTo(target, required));
        }

        private boolean passesFind(JavaCodeUnit unit) {
            return calls(unit).anyMatch(target -> isPolicy(target, FIND) || resolvesTo(target, found));
        }

        /** Calls and method references, lambdas' included (ArchUnit gives them to the method they are written in). */
        private static java.util.stream.Stream<AccessTarget.CodeUnitAccessTarget> calls(JavaCodeUnit unit) {
            return unit.getAccessesFromSelf().stream().map(JavaAccess::getTarget)
                    .filter(AccessTarget.CodeUnitAccessTarget.class::isInstance)
                    .map(AccessTarget.CodeUnitAccessTarget.class::cast);
        }

        private static boolean isPolicy(AccessTarget.CodeUnitAccessTarget target, String signature) {
            return target.getOwner().getFullName().equals(POLICY) && signature(target).equals(signature);
        }

        private static String signature(AccessTarget.CodeUnitAccessTarget target) {
            return target.getName() + "(" + String.join(", ", target.getRawParameterTypes().stream()
                    .map(JavaClass::getName).toList()) + ")";
        }

        /** The called method is checked; for an interface's, each of its implementations here is. */
        private boolean resolvesTo(AccessTarget.CodeUnitAccessTarget target, Map<JavaCodeUnit, Boolean> passed) {
            var resolved = target.resolveMember();
            if (resolved.isEmpty() || !classes.contain(resolved.get().getOwner().getName())) {
                return false;
            }
            var unit = resolved.get();
            if (passed.getOrDefault(unit, false)) {
                return true;
            }
            if (!unit.getOwner().isInterface()) {
                return false;
            }
            var implementations = implementationsOf(unit);
            return !implementations.isEmpty() && implementations.stream().allMatch(i -> passed.getOrDefault(i, false));
        }

        private List<JavaCodeUnit> implementationsOf(JavaCodeUnit method) {
            var parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toArray(String[]::new);
            var result = new ArrayList<JavaCodeUnit>();
            Set<JavaClass> seen = new HashSet<>();
            for (var type : method.getOwner().getAllSubclasses()) {
                if (seen.add(type) && !type.isInterface()) {
                    type.tryGetMethod(method.getName(), parameters).ifPresent(result::add);
                }
            }
            return result;
        }

        private static boolean answersOptional(JavaCodeUnit unit) {
            return unit.getRawReturnType().getName().equals(Optional.class.getName());
        }
    }
}
