package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Roles;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The program form: supplier admins create programs; they and the program's leads edit one (what both sides
 * agreed, the dates, the status, each side's lead and team, a lead changing only their own side's, decision
 * 0005). Every method checks the caller's access through {@link ProgramAccessPolicy}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProgramEditService {

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramTeams teams;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ProgramEditService(ProgramRepository programs, ProgramMemberRepository members, ProgramAccessPolicy accessPolicy,
            ProgramTeams teams, AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser,
            Clock clock) {
        this.programs = programs;
        this.members = members;
        this.accessPolicy = accessPolicy;
        this.teams = teams;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.HAS_SUPPLIER_ADMIN)
    @Transactional(readOnly = true)
    public List<OrganizationSummary> customersForNewProgram() {
        return directory.activeCustomers();
    }

    @PreAuthorize(Roles.HAS_SUPPLIER_ADMIN)
    @Transactional(readOnly = true)
    public ProgramCandidates candidatesForNewProgram(long customerId) {
        var customer = directory.organization(customerId)
                .filter(org -> org.side() == Side.CUSTOMER && !org.archived())
                .orElseThrow(() -> new ResourceNotFoundException("Organization", customerId));
        return candidates(customer.id());
    }

    @Transactional(readOnly = true)
    public ProgramCandidates candidatesForProgram(long programId) {
        var access = accessPolicy.require(programId, Need.READ);
        requireEditor(access);
        var program = programs.findById(programId).orElseThrow();
        var enabled = candidates(access.customerId());
        // Whoever is on the program stays in the form even if disabled since: a form saves only what it shows.
        var onProgram = new HashSet<>(memberIds(programId));
        onProgram.add(program.getSupplierLeadId());
        onProgram.add(program.getCustomerLeadId());
        var shown = Stream.concat(enabled.supplierPeople().stream(), enabled.customerPeople().stream())
                .map(PersonSummary::id).collect(Collectors.toSet());
        var disabled = directory.people(onProgram).values().stream().filter(p -> !shown.contains(p.id()))
                .sorted(Comparator.comparing(PersonSummary::displayName)).toList();
        return new ProgramCandidates(withSide(enabled.supplierPeople(), disabled, Side.SUPPLIER),
                withSide(enabled.customerPeople(), disabled, Side.CUSTOMER));
    }

    private static List<PersonSummary> withSide(List<PersonSummary> people, List<PersonSummary> more, Side side) {
        return Stream.concat(people.stream(), more.stream().filter(p -> p.side() == side)).toList();
    }

    private Set<Long> memberIds(long programId) {
        return members.findByProgramId(programId).stream().map(ProgramMember::getUserId).collect(Collectors.toSet());
    }

    @PreAuthorize(Roles.HAS_SUPPLIER_ADMIN)
    public ProgramDetails create(@Valid ProgramDraft draft) {
        var customer = directory.organization(draft.customerId())
                .filter(org -> org.side() == Side.CUSTOMER && !org.archived())
                .orElseThrow(() -> new InvalidInputException("customerId", "program.error.customer"));
        validate(draft, customer.id(), Set.of(), null);
        var program = new Program(customer.id());
        program.apply(draft);
        programs.saveAndFlush(program);
        activity.record(ActivityEntry.of(ActivityKind.PROGRAM_CREATED)
                .organization(customer.id())
                .program(program.getId())
                .subject("program", program.getId(), program.getName())
                .change(null, program.describe()));
        replaceMembers(program, wantedMembers(draft), Set.of());
        return teams.details(program, accessPolicy.require(program.getId(), Need.READ));
    }

    /**
     * Saves a new state of the program if nobody changed it since {@code expectedVersion}; otherwise
     * throws {@link ConcurrentEditException} carrying the current state, and changes nothing.
     */
    public ProgramDetails update(long programId, long expectedVersion, @Valid ProgramDraft draft) {
        var access = accessPolicy.require(programId, Need.WRITE);
        requireEditor(access);
        var program = programs.findById(programId).orElseThrow();
        if (program.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(teams.details(program, access));
        }
        var current = memberIds(programId);
        // Someone disabled since they joined stays valid where they are: only new leads and members must be enabled.
        var kept = new HashSet<>(current);
        kept.add(program.getSupplierLeadId());
        kept.add(program.getCustomerLeadId());
        validate(draft, program.getCustomerId(), kept, program);
        requireOwnSideChangesOnly(access, program, draft, current);
        var before = program.describe();
        program.apply(draft);
        if (!wantedMembers(draft).equals(current)) {
            program.touch(); // the teams are part of what the form edits: their change moves the version
        }
        programs.saveAndFlush(program);
        if (!before.equals(program.describe())) {
            activity.record(ActivityEntry.of(ActivityKind.PROGRAM_UPDATED)
                    .organization(program.getCustomerId())
                    .program(programId)
                    .subject("program", programId, program.getName())
                    .change(before, program.describe()));
        }
        replaceMembers(program, wantedMembers(draft), current);
        // asked again: the change may have changed what the user may do (a lead who handed over the lead)
        return teams.details(program, accessPolicy.require(programId, Need.READ));
    }

    /** A lead changes their own side's lead and team; the other side's stay as they are. */
    private void requireOwnSideChangesOnly(ProgramAccess access, Program program, ProgramDraft draft,
            Set<Long> currentMembers) {
        var people = directory.people(currentMembers);
        var currentSupplier = currentMembers.stream().filter(id -> people.get(id).side() == Side.SUPPLIER)
                .collect(Collectors.toSet());
        var currentCustomer = currentMembers.stream().filter(id -> people.get(id).side() == Side.CUSTOMER)
                .collect(Collectors.toSet());
        var wantedSupplier = new HashSet<>(draft.supplierMemberIds());
        wantedSupplier.add(draft.supplierLeadId());
        var wantedCustomer = new HashSet<>(draft.customerMemberIds());
        wantedCustomer.add(draft.customerLeadId());
        if (!access.mayEditSide(Side.SUPPLIER) && (draft.supplierLeadId() != program.getSupplierLeadId()
                || !wantedSupplier.equals(currentSupplier))) {
            throw new AccessDeniedException("Only the supplier side changes its lead and team");
        }
        if (!access.mayEditSide(Side.CUSTOMER) && (draft.customerLeadId() != program.getCustomerLeadId()
                || !wantedCustomer.equals(currentCustomer))) {
            throw new AccessDeniedException("Only the customer side changes its lead and team");
        }
    }

    private ProgramCandidates candidates(long customerId) {
        var supplier = directory.supplier().orElseThrow();
        return new ProgramCandidates(directory.enabledPeopleOf(supplier.id()), directory.enabledPeopleOf(customerId));
    }

    private static void requireEditor(ProgramAccess access) {
        if (!access.canEdit()) {
            throw new AccessDeniedException("May not edit program " + access.programId());
        }
    }

    /**
     * The rules a form cannot fully enforce: dates within {@link Bounds#programDates} and in order, every
     * person on the right side. A date the program already has stays valid (decision 0033).
     */
    private void validate(ProgramDraft draft, long customerId, Set<Long> kept, Program existing) {
        var allowed = datesAllowed();
        if (existing == null || !draft.startDate().equals(existing.getStartDate())) {
            allowed.require(draft.startDate(), "startDate", "program.error.date-range");
        }
        if (existing == null || !draft.targetEndDate().equals(existing.getTargetEndDate())) {
            allowed.require(draft.targetEndDate(), "targetEndDate", "program.error.date-range");
        }
        if (draft.targetEndDate().isBefore(draft.startDate())) {
            throw new InvalidInputException("targetEndDate", "program.error.end-before-start");
        }
        var people = directory.people(Stream.of(
                        Stream.of(draft.supplierLeadId(), draft.customerLeadId()),
                        draft.supplierMemberIds().stream(), draft.customerMemberIds().stream())
                .flatMap(s -> s).collect(Collectors.toSet()));
        var supplierId = directory.supplier().orElseThrow().id();
        requireLead(people.get(draft.supplierLeadId()), supplierId, kept, "supplierLeadId");
        requireLead(people.get(draft.customerLeadId()), customerId, kept, "customerLeadId");
        requireMembers(people, draft.supplierMemberIds(), supplierId, kept, "supplierMemberIds");
        requireMembers(people, draft.customerMemberIds(), customerId, kept, "customerMemberIds");
    }

    /** The days a program may start and end on, for the form's date pickers too. */
    public DateRange datesAllowed() {
        return Bounds.programDates(LocalDate.now(clock.withZone(currentUser.require().timeZone())));
    }

    private static void requireLead(PersonSummary person, long organizationId, Set<Long> kept, String field) {
        if (person == null || person.organizationId() != organizationId
                || !person.enabled() && !kept.contains(person.id()) || person.role() == Role.VIEWER) {
            throw new InvalidInputException(field, "program.error.lead");
        }
    }

    private static void requireMembers(Map<Long, PersonSummary> people, Collection<Long> ids, long organizationId,
            Set<Long> kept, String field) {
        for (var id : ids) {
            var person = people.get(id);
            if (person == null || person.organizationId() != organizationId
                    || !person.enabled() && !kept.contains(id)) {
                throw new InvalidInputException(field, "program.error.member");
            }
        }
    }

    private static Set<Long> wantedMembers(ProgramDraft draft) {
        var wanted = new HashSet<Long>();
        wanted.add(draft.supplierLeadId());
        wanted.add(draft.customerLeadId());
        wanted.addAll(draft.supplierMemberIds());
        wanted.addAll(draft.customerMemberIds());
        return wanted;
    }

    private void replaceMembers(Program program, Set<Long> wanted, Set<Long> current) {
        var people = directory.people(Stream.concat(wanted.stream(), current.stream()).collect(Collectors.toSet()));
        var removed = current.stream().filter(id -> !wanted.contains(id)).toList();
        if (!removed.isEmpty()) {
            var memberships = members.findByProgramId(program.getId()).stream()
                    .filter(m -> removed.contains(m.getUserId())).toList();
            members.deleteAll(memberships);
            removed.forEach(id -> teams.recordMembership(ActivityKind.PROGRAM_MEMBER_REMOVED, program, people.get(id)));
        }
        wanted.stream().filter(id -> !current.contains(id)).sorted().forEach(id -> {
            members.save(new ProgramMember(program.getId(), id, clock.instant()));
            teams.recordMembership(ActivityKind.PROGRAM_MEMBER_ADDED, program, people.get(id));
        });
    }
}
