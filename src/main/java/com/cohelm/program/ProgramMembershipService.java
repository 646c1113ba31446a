package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonProgram;
import com.cohelm.account.PersonSummary;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.activity.ActivityKind;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs a person is in, as the people pages manage them ({@link ProgramMemberships}): a supplier admin
 * for anyone, a customer admin for their own colleagues and their organization's programs. A program's leads
 * and whole teams are edited on the program itself ({@link ProgramEditService}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProgramMembershipService implements ProgramMemberships {

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;
    private final ProgramService programService;
    private final ProgramTeams teams;
    private final AccountDirectory directory;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ProgramMembershipService(ProgramRepository programs, ProgramMemberRepository members,
            ProgramService programService, ProgramTeams teams, AccountDirectory directory,
            CurrentUserService currentUser, Clock clock) {
        this.programs = programs;
        this.members = members;
        this.programService = programService;
        this.teams = teams;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The programs a person could be in, with whether they are, for whoever manages that person: a
     * supplier admin for anyone, a customer admin for their own colleagues (their organization's
     * programs only). Anyone else's person is not found.
     */
    @Transactional(readOnly = true)
    @Override
    public List<PersonProgram> programsOfPerson(long userId) {
        var person = requireManagedPerson(userId);
        var memberOf = members.findByUserId(userId).stream().map(ProgramMember::getProgramId)
                .collect(Collectors.toSet());
        return candidatePrograms(person).stream()
                .map(p -> new PersonProgram(p.getId(), p.getName(), memberOf.contains(p.getId()), isLead(p, userId)))
                .toList();
    }

    /**
     * Puts the person in exactly these programs (among those they could be in). A program's lead stays
     * in it: the lead is changed on the program itself.
     */
    @Override
    public void setProgramsOfPerson(long userId, Set<Long> programIds) {
        var person = requireManagedPerson(userId);
        applyProgramsOfPerson(person, candidatePrograms(person), programIds);
    }

    /**
     * Adds the person to the programs chosen since the form read {@code read} and takes them out of those
     * unchosen since: another admin's change to other programs in the meantime stays (decision 0032). A
     * program's lead stays in it.
     */
    @Override
    public void changeProgramsOfPerson(long userId, Set<Long> read, Set<Long> wanted) {
        var person = requireManagedPerson(userId);
        var candidates = candidatePrograms(person);
        var candidateIds = candidates.stream().map(Program::getId).collect(Collectors.toSet());
        var target = members.findByUserId(userId).stream().map(ProgramMember::getProgramId)
                .filter(candidateIds::contains).collect(Collectors.toCollection(HashSet::new));
        wanted.stream().filter(id -> !read.contains(id)).forEach(target::add);
        read.stream().filter(id -> !wanted.contains(id)).forEach(target::remove);
        applyProgramsOfPerson(person, candidates, target);
    }

    private void applyProgramsOfPerson(PersonSummary person, List<Program> candidates, Set<Long> programIds) {
        var userId = person.id();
        var candidateIds = candidates.stream().map(Program::getId).collect(Collectors.toSet());
        if (!candidateIds.containsAll(programIds)) {
            throw new ResourceNotFoundException("Program", programIds);
        }
        var current = members.findByUserId(userId).stream()
                .filter(m -> candidateIds.contains(m.getProgramId())).toList();
        var currentIds = current.stream().map(ProgramMember::getProgramId).collect(Collectors.toSet());
        for (var program : candidates) {
            boolean wanted = programIds.contains(program.getId());
            boolean is = currentIds.contains(program.getId());
            if (!wanted && is && isLead(program, userId)) {
                throw new InvalidInputException("programs", "program.error.lead-stays");
            }
            if (wanted && !is && !person.enabled()) {
                // a disabled person keeps the programs they are in, but joins no other
                throw new InvalidInputException("programs", "program.error.member");
            }
            if (wanted != is) {
                program.touch(); // the program's team changed: its version moves
            }
            if (wanted && !is) {
                members.save(new ProgramMember(program.getId(), userId, clock.instant()));
                teams.recordMembership(ActivityKind.PROGRAM_MEMBER_ADDED, program, person);
            } else if (!wanted && is) {
                members.deleteAll(current.stream().filter(m -> m.getProgramId() == program.getId()).toList());
                teams.recordMembership(ActivityKind.PROGRAM_MEMBER_REMOVED, program, person);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> landingProgramId() {
        return programService.list(ProgramFilter.none(), PageRequest.of(0, 1, Sort.by("name"))).stream().findFirst()
                .map(ProgramSummary::id);
    }

    /** The programs someone invited to this organization could join, for whoever manages its people. */
    @Transactional(readOnly = true)
    @Override
    public List<PersonProgram> programsOfOrganization(long organizationId) {
        var me = currentUser.require();
        var organization = directory.organization(organizationId)
                .filter(o -> me.isSupplierAdmin() || (me.isCustomer() && me.isAdmin() && o.id() == me.organizationId()))
                .orElseThrow(() -> new ResourceNotFoundException("Organization", organizationId));
        var list = organization.side() == Side.CUSTOMER ? programs.findByCustomerIdOrderByName(organizationId)
                : programs.findAllByOrderByName();
        return list.stream().map(p -> new PersonProgram(p.getId(), p.getName(), false, false)).toList();
    }

    private PersonSummary requireManagedPerson(long userId) {
        var me = currentUser.require();
        return directory.person(userId)
                .filter(person -> me.isSupplierAdmin()
                        || (me.isCustomer() && me.isAdmin() && person.organizationId() == me.organizationId()))
                .orElseThrow(() -> new ResourceNotFoundException("User", userId));
    }

    private List<Program> candidatePrograms(PersonSummary person) {
        return person.side() == Side.CUSTOMER ? programs.findByCustomerIdOrderByName(person.organizationId())
                : programs.findAllByOrderByName();
    }

    private static boolean isLead(Program program, long userId) {
        return program.getSupplierLeadId() == userId || program.getCustomerLeadId() == userId;
    }
}
