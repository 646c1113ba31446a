package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.OrganizationSummary;
import com.cohelm.account.PersonProgram;
import com.cohelm.account.PersonSummary;
import com.cohelm.account.ProgramMemberships;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.ActivityView;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.LikePattern;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Programs: the joint space of the supplier and one customer. Every method checks the caller's access
 * through {@link ProgramAccessPolicy}.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProgramService implements ProgramMemberships {

    private static final int RECENT_ACTIVITY = 8;
    /** Keeps the IN list valid when no customer matches the search text. */
    private static final Set<Long> NO_CUSTOMER = Set.of(-1L);

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;
    private final ProgramAccessPolicy accessPolicy;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ProgramService(ProgramRepository programs, ProgramMemberRepository members, ProgramAccessPolicy accessPolicy,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser, Clock clock) {
        this.programs = programs;
        this.members = members;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the programs the current user may see; a fixed number of queries whatever the page. */
    @Transactional(readOnly = true)
    public List<ProgramSummary> list(ProgramFilter filter, Pageable pageable) {
        var scope = accessPolicy.scopeOf(currentUser.require());
        var text = LikePattern.contains(filter.text());
        var page = programs.findVisible(scope, filter.status(), text, matchingCustomers(filter.text()), pageable);
        var people = directory.people(page.stream()
                .flatMap(p -> Stream.of(p.getSupplierLeadId(), p.getCustomerLeadId())).collect(Collectors.toSet()));
        var customers = directory.organizations(page.stream().map(Program::getCustomerId).collect(Collectors.toSet()));
        return page.stream().map(p -> new ProgramSummary(p.getId(), p.getName(), p.getCustomerId(),
                customers.get(p.getCustomerId()).name(), p.getStatus(), people.get(p.getSupplierLeadId()),
                people.get(p.getCustomerLeadId()), p.getStartDate(), p.getTargetEndDate())).toList();
    }

    @Transactional(readOnly = true)
    public long count(ProgramFilter filter) {
        var scope = accessPolicy.scopeOf(currentUser.require());
        return programs.countVisible(scope, filter.status(), LikePattern.contains(filter.text()),
                matchingCustomers(filter.text()));
    }

    /**
     * The names of every program the current user may see, by id, in one query: other features use it to
     * gather what is due across the reader's programs.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> visibleProgramNames() {
        return visiblePrograms().values().stream()
                .collect(Collectors.toMap(VisibleProgram::id, VisibleProgram::name, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Every program the current user may see, by id, with its name and leads, in one query; read once within a
     * {@link ProgramReadScope}, so that a page gathering what is due from several features (the home page)
     * pays for it once.
     */
    @Transactional(readOnly = true)
    public Map<Long, VisibleProgram> visiblePrograms() {
        var user = currentUser.require();
        var readScope = ProgramReadScope.current();
        var known = readScope == null ? null : readScope.visible(user.id());
        if (known != null) {
            return known;
        }
        var visible = programs.findVisible(accessPolicy.scopeOf(user), null, null, NO_CUSTOMER, Pageable.unpaged())
                .stream().collect(Collectors.toMap(Program::getId, p -> new VisibleProgram(p.getId(), p.getName(),
                        p.getSupplierLeadId(), p.getCustomerLeadId()), (a, b) -> a, LinkedHashMap::new));
        var unmodifiable = java.util.Collections.unmodifiableMap(visible);
        if (readScope != null) {
            readScope.rememberVisible(user.id(), unmodifiable);
        }
        return unmodifiable;
    }

    /** The program's overview, or empty when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Optional<ProgramDetails> find(long programId) {
        return accessPolicy.find(programId).map(access -> remembered(access,
                () -> details(programs.findById(programId).orElseThrow(), access)));
    }

    /**
     * The program's details for a service that needs its leads and people, after it passed
     * {@link ProgramAccessPolicy#require(long, ProgramAccessPolicy.Need)}: access is not checked a second time.
     */
    @Transactional(readOnly = true)
    public ProgramDetails details(ProgramAccess access) {
        return remembered(access, () -> details(programs.findById(access.programId()).orElseThrow(), access));
    }

    /** The program page: the overview and the latest changes, or empty like {@link #find(long)}. */
    @Transactional(readOnly = true)
    public Optional<ProgramOverview> overview(long programId) {
        return accessPolicy.find(programId).map(access -> new ProgramOverview(remembered(access,
                () -> details(programs.findById(programId).orElseThrow(), access)), recentActivity(access)));
    }

    /** The program's details, read once within a {@link ProgramReadScope}. */
    private ProgramDetails remembered(ProgramAccess access, Supplier<ProgramDetails> read) {
        var scope = ProgramReadScope.current();
        if (scope == null) {
            return read.get();
        }
        var known = scope.details(access.user().id(), access.programId());
        if (known != null) {
            return known;
        }
        var details = read.get();
        scope.remember(details);
        return details;
    }

    /** The latest changes in the program, newest first; supplier-internal ones only for supplier staff. */
    @Transactional(readOnly = true)
    public List<ProgramActivity> recentActivity(long programId) {
        return recentActivity(accessPolicy.require(programId, Need.READ));
    }

    private List<ProgramActivity> recentActivity(ProgramAccess access) {
        var events = activity.latestForProgram(access.programId(), access.seesSupplierInternal(), RECENT_ACTIVITY);
        var actors = directory.people(events.stream().map(ActivityView::actorId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return events.stream().map(e -> new ProgramActivity(e.occurredAt(),
                e.actorId() != null && actors.containsKey(e.actorId()) ? actors.get(e.actorId()).displayName()
                        : e.actorLabel(),
                e.kind(), e.subjectLabel())).toList();
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
        return details(program, accessPolicy.require(program.getId(), Need.READ));
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
            throw new ConcurrentEditException(details(program, access));
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
        return details(program, accessPolicy.require(programId, Need.READ));
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
                .filter(candidateIds::contains).collect(Collectors.toCollection(java.util.HashSet::new));
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
                recordMembership(ActivityKind.PROGRAM_MEMBER_ADDED, program, person);
            } else if (!wanted && is) {
                members.deleteAll(current.stream().filter(m -> m.getProgramId() == program.getId()).toList());
                recordMembership(ActivityKind.PROGRAM_MEMBER_REMOVED, program, person);
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> landingProgramId() {
        return list(ProgramFilter.none(), PageRequest.of(0, 1, Sort.by("name"))).stream().findFirst()
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
            removed.forEach(id -> recordMembership(ActivityKind.PROGRAM_MEMBER_REMOVED, program, people.get(id)));
        }
        wanted.stream().filter(id -> !current.contains(id)).sorted().forEach(id -> {
            members.save(new ProgramMember(program.getId(), id, clock.instant()));
            recordMembership(ActivityKind.PROGRAM_MEMBER_ADDED, program, people.get(id));
        });
    }

    private void recordMembership(ActivityKind kind, Program program, PersonSummary person) {
        activity.record(ActivityEntry.of(kind)
                .organization(program.getCustomerId())
                .program(program.getId())
                .subject("user", person.id(), person.displayName()));
    }

    private ProgramDetails details(Program program, ProgramAccess access) {
        var memberIds = members.findByProgramId(program.getId()).stream().map(ProgramMember::getUserId)
                .collect(Collectors.toSet());
        var ids = new HashSet<>(memberIds);
        ids.add(program.getSupplierLeadId());
        ids.add(program.getCustomerLeadId());
        var people = directory.people(ids);
        var customer = directory.organization(program.getCustomerId()).orElseThrow();
        var byName = Comparator.comparing(PersonSummary::displayName, String.CASE_INSENSITIVE_ORDER);
        var memberList = memberIds.stream().map(people::get).sorted(byName).toList();
        return new ProgramDetails(program.getId(), program.getVersion(), program.getName(),
                program.getSuccessDefinition(), program.getStartDate(), program.getTargetEndDate(),
                program.getStatus(), customer, people.get(program.getSupplierLeadId()),
                people.get(program.getCustomerLeadId()),
                memberList.stream().filter(p -> p.side() == Side.SUPPLIER).toList(),
                memberList.stream().filter(p -> p.side() == Side.CUSTOMER).toList(),
                program.getUpdatedAt(), access.canEdit(), access.canContribute(),
                Stream.of(Side.values()).filter(access::mayEditSide).collect(Collectors.toUnmodifiableSet()));
    }

    private Set<Long> matchingCustomers(String text) {
        if (text == null || text.isBlank()) {
            return NO_CUSTOMER;
        }
        var ids = directory.customerIdsMatching(text.strip());
        return ids.isEmpty() ? NO_CUSTOMER : ids;
    }
}
