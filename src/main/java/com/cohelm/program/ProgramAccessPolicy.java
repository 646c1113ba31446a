package com.cohelm.program;

import com.cohelm.activity.AccessAudit;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may see and change a program. Every service method that reads or
 * writes program data goes through it; a program the user may not see is reported exactly like one
 * that does not exist.
 *
 * <ul>
 * <li>Supplier admins see and edit every program.</li>
 * <li>Supplier members see the programs they are members of.</li>
 * <li>Customer admins see every program of their own organization; other customer users see the
 * programs of their organization they are members of. No customer ever sees another customer's.</li>
 * <li>Viewers only read. The program itself is edited by supplier admins and by its two leads.</li>
 * </ul>
 * A refusal by {@link #require} or {@link #requireContributor} is recorded in the audit log. Within a
 * {@link ProgramReadScope} a user's access to a program is decided once.
 */
@Component
public class ProgramAccessPolicy {

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;
    private final CurrentUserService currentUser;
    private final AccessAudit accessAudit;

    ProgramAccessPolicy(ProgramRepository programs, ProgramMemberRepository members, CurrentUserService currentUser,
            AccessAudit accessAudit) {
        this.programs = programs;
        this.members = members;
        this.currentUser = currentUser;
        this.accessAudit = accessAudit;
    }

    /** What a service method needs of a program before it reads or writes any of the program's data. */
    public enum Need {
        /** To see the program and its work: every member, the admins of its scope. */
        READ,
        /** To add and change the program's work (goals, milestones, actions, ...): not viewers. */
        WRITE
    }

    /**
     * The one access check every service method that takes a program passes: the current user's access,
     * or not found when they may not see the program (exactly as if it did not exist), or refused when they
     * need to write and only read. Within a {@link ProgramReadScope} it answers from what the page already
     * decided.
     */
    @Transactional(readOnly = true)
    public ProgramAccess require(long programId, Need need) {
        return need == Need.WRITE ? requireContributor(programId) : require(programId);
    }

    /** The current user's access to a program, or not found. */
    @Transactional(readOnly = true)
    public ProgramAccess require(long programId) {
        var access = find(programId);
        if (access.isEmpty()) {
            accessAudit.denied("program", programId, null);
            throw new ResourceNotFoundException("Program", programId);
        }
        return access.get();
    }

    /** The current user's access, where they may change the program's work; viewers are refused. */
    @Transactional(readOnly = true)
    public ProgramAccess requireContributor(long programId) {
        var access = require(programId);
        if (!access.canContribute()) {
            accessAudit.denied("program", programId, "change");
            throw new AccessDeniedException("Read-only access to program " + programId);
        }
        return access;
    }

    @Transactional(readOnly = true)
    public Optional<ProgramAccess> find(long programId) {
        var user = currentUser.require();
        var scope = ProgramReadScope.current();
        if (scope == null) {
            return findFor(user, programId);
        }
        var known = scope.access(user.id(), programId);
        if (known != null) {
            return Optional.of(known);
        }
        var found = findFor(user, programId);
        found.ifPresent(scope::remember);
        return found;
    }

    /**
     * The access a given user has, for work done on their behalf without a session (a calendar feed read
     * with their secret token): the same rules as for the signed-in user.
     */
    @Transactional(readOnly = true)
    public Optional<ProgramAccess> findFor(CurrentUser user, long programId) {
        return programs.findById(programId).flatMap(program -> decide(user, program,
                () -> members.existsByProgramIdAndUserId(programId, user.id())));
    }

    Optional<ProgramAccess> decide(CurrentUser user, Program program, MembershipCheck membership) {
        if (user.isCustomer() && user.organizationId() != program.getCustomerId()) {
            return Optional.empty();
        }
        // Admins see their whole scope: every program (supplier) or their organization's (customer).
        boolean member = membership.isMember();
        if (!user.isAdmin() && !member) {
            return Optional.empty();
        }
        boolean lead = user.id() == program.getSupplierLeadId() || user.id() == program.getCustomerLeadId();
        boolean canContribute = !user.isViewer();
        boolean canEdit = user.isSupplierAdmin() || (lead && !user.isViewer());
        return Optional.of(new ProgramAccess(program.getId(), program.getCustomerId(), user, member,
                canContribute, canEdit));
    }

    ProgramScope scopeOf(CurrentUser user) {
        if (user.isSupplierAdmin()) {
            return new ProgramScope(true, null, true, user.id());
        }
        if (user.isSupplier()) {
            return new ProgramScope(false, null, false, user.id());
        }
        return new ProgramScope(false, user.organizationId(), user.isAdmin(), user.id());
    }

    @FunctionalInterface
    interface MembershipCheck {
        boolean isMember();
    }
}
