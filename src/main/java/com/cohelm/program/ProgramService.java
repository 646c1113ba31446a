package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.activity.ActivityView;
import com.cohelm.base.LikePattern;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.security.CurrentUserService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs: the joint space of the supplier and one customer. This service reads them: the list, the
 * programs a user may see, a program's details and its page; {@link ProgramEditService} creates and edits
 * them, {@link ProgramMembershipService} puts people in them from the people pages. Every method checks the
 * caller's access through {@link ProgramAccessPolicy}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgramService {

    private static final int RECENT_ACTIVITY = 8;
    /** Keeps the IN list valid when no customer matches the search text. */
    private static final Set<Long> NO_CUSTOMER = Set.of(-1L);

    private final ProgramRepository programs;
    private final ProgramAccessPolicy accessPolicy;
    private final ProgramTeams teams;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;

    ProgramService(ProgramRepository programs, ProgramAccessPolicy accessPolicy, ProgramTeams teams,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser) {
        this.programs = programs;
        this.accessPolicy = accessPolicy;
        this.teams = teams;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
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
                () -> teams.details(programs.findById(programId).orElseThrow(), access)));
    }

    /**
     * The program's details for a service that needs its leads and people, after it passed
     * {@link ProgramAccessPolicy#require(long, ProgramAccessPolicy.Need)}: access is not checked a second time.
     */
    @Transactional(readOnly = true)
    public ProgramDetails details(ProgramAccess access) {
        return remembered(access, () -> teams.details(programs.findById(access.programId()).orElseThrow(), access));
    }

    /** The program page: the overview and the latest changes, or empty like {@link #find(long)}. */
    @Transactional(readOnly = true)
    public Optional<ProgramOverview> overview(long programId) {
        return accessPolicy.find(programId).map(access -> new ProgramOverview(remembered(access,
                () -> teams.details(programs.findById(programId).orElseThrow(), access)), recentActivity(access)));
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

    private Set<Long> matchingCustomers(String text) {
        if (text == null || text.isBlank()) {
            return NO_CUSTOMER;
        }
        var ids = directory.customerIdsMatching(text.strip());
        return ids.isEmpty() ? NO_CUSTOMER : ids;
    }
}
