package com.cohelm.program;

import java.util.HashMap;
import java.util.Map;

/**
 * One page's rendering, during which a program's access decision and details are read once: the program
 * page's cards each go through their own feature's service, and each service checks access again (the
 * program, the membership, for the schedule card also the members and people). Inside a scope
 * {@link ProgramAccessPolicy} and {@link ProgramService#find} answer the second and later asks for the
 * same user and program from what the first one found, and {@link ProgramService#visiblePrograms} the
 * programs the user may see (the home page's sections each gather theirs across them).
 *
 * <p>Open it around read-only rendering only ({@code try (var scope = ProgramReadScope.open()) {...}}),
 * never around changes: it lives on the current thread and ends with the block, so a decision is never
 * reused across requests or after something changed.
 */
public final class ProgramReadScope implements AutoCloseable {

    private static final ThreadLocal<ProgramReadScope> CURRENT = new ThreadLocal<>();

    private final ProgramReadScope outer;
    private final Map<Long, ProgramAccess> accesses = new HashMap<>();
    private final Map<Long, ProgramDetails> details = new HashMap<>();
    private Long visibleTo;
    private Map<Long, VisibleProgram> visible;

    private ProgramReadScope(ProgramReadScope outer) {
        this.outer = outer;
    }

    public static ProgramReadScope open() {
        var scope = new ProgramReadScope(CURRENT.get());
        CURRENT.set(scope);
        return scope;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    static ProgramReadScope current() {
        return CURRENT.get();
    }

    ProgramAccess access(long userId, long programId) {
        var access = accesses.get(programId);
        return access != null && access.user().id() == userId ? access : null;
    }

    void remember(ProgramAccess access) {
        accesses.put(access.programId(), access);
    }

    ProgramDetails details(long userId, long programId) {
        var access = access(userId, programId);
        return access == null ? null : details.get(programId);
    }

    void remember(ProgramDetails program) {
        details.put(program.id(), program);
    }

    /** The programs this user may see, if they were read in this scope. */
    Map<Long, VisibleProgram> visible(long userId) {
        return visibleTo != null && visibleTo == userId ? visible : null;
    }

    void rememberVisible(long userId, Map<Long, VisibleProgram> programs) {
        visibleTo = userId;
        visible = programs;
    }
}
