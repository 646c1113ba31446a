package com.cohelm.action;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.AccessAudit;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.SpreadsheetText;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The mutual action plan. Every method first asks the program feature whether the user may see the
 * program (an invisible program, or an item of another program, answers as not found), then applies
 * the plan's own rules: members of either side create, edit, reassign and close items for either
 * side; viewers read; a question is answered only by the side it was addressed to, and the answer
 * closes it; program leads and supplier admins close or reassign many items at once.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionService {

    /** The due date first, so that the overdue come first; the id keeps pages stable. */
    public static final Sort DUE_FIRST = Sort.by("dueDate", "id");

    private final ActionItemRepository items;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessAudit accessAudit;
    private final List<ActionOriginSource> originSources;

    ActionService(ActionItemRepository items, ProgramService programService, ProgramAccessPolicy accessPolicy,
            AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser, Clock clock,
            ApplicationEventPublisher events, AccessAudit accessAudit, List<ActionOriginSource> originSources) {
        this.items = items;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.accessAudit = accessAudit;
        this.originSources = List.copyOf(originSources);
    }

    /** The page around the rows: who may be assigned, what the reader may do, who is waiting on whom. */
    @Transactional(readOnly = true)
    public ActionPlan plan(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var today = today();
        var load = items.openLoad(programId, today).stream().collect(Collectors.toMap(SideLoad::side, l -> l));
        var names = Map.of(Side.SUPPLIER, program.supplierLead().organizationName(),
                Side.CUSTOMER, program.customer().name());
        var waiting = Stream.of(Side.values()).map(side -> {
            var l = load.get(side);
            return l == null ? new SideWaiting(side, names.get(side), 0, 0, OptionalLong.empty())
                    : new SideWaiting(side, names.get(side), l.open(), l.overdue(), OptionalLong.of(
                            ChronoUnit.DAYS.between(LocalDate.ofInstant(l.oldestCreatedAt(), zone()), today)));
        }).toList();
        return new ActionPlan(programId, program.name(), program.canContribute(), program.canEdit(),
                assignable(program.supplierMembers()), assignable(program.customerMembers()), waiting, today,
                dueDates(program));
    }

    /**
     * One page of the plan's items; a fixed number of statements whatever the page. Unsorted, the page asks
     * for attention first: overdue, then open by due date, done last. A sort the reader chose is kept as is.
     */
    @Transactional(readOnly = true)
    public List<ActionItemView> items(long programId, ActionFilter filter, Pageable pageable) {
        var access = accessPolicy.require(programId, Need.READ);
        var page = pageable.getSort().isSorted()
                ? items.findInPlan(programId, filter.status(), filter.side(), filter.assigneeId(), pageable)
                : items.findInPlanByUrgency(programId, filter.status(), filter.side(), filter.assigneeId(), pageable);
        return views(page, access, Map.of());
    }

    @Transactional(readOnly = true)
    public long count(long programId, ActionFilter filter) {
        accessPolicy.require(programId, Need.READ);
        return items.countInPlan(programId, filter.status(), filter.side(), filter.assigneeId());
    }

    /** Open items past their due date, of both sides, the longest overdue first; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<ActionItemView> overdue(long programId, int limit) {
        var access = accessPolicy.require(programId, Need.READ);
        return views(items.findOverdue(programId, today(), PageRequest.of(0, limit)), access, Map.of());
    }

    /** The items a milestone, feedback item or review created, in the order they were made. */
    @Transactional(readOnly = true)
    public List<ActionItemView> fromOrigin(long programId, @NotNull ActionOrigin origin, long originId) {
        var access = accessPolicy.require(programId, Need.READ);
        return views(items.findByProgramIdAndOriginAndOriginIdOrderByIdAsc(programId, origin, originId), access,
                Map.of());
    }

    /**
     * One item of the plan, or empty when it is not in this program or the reader may not see the program. An
     * id that is not in this visible program (another program's, or none) is a refusal: the audit log records it.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<ActionItemView> item(long programId, long itemId) {
        var access = accessPolicy.find(programId);
        if (access.isEmpty()) {
            return java.util.Optional.empty();
        }
        var item = items.findByIdAndProgramId(itemId, programId);
        if (item.isEmpty()) {
            accessAudit.denied("action", itemId, null);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(views(List.of(item.get()), access.get(), Map.of()).getFirst());
    }

    public ActionItemView create(long programId, @Valid ActionDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var user = currentUser.require();
        var assignee = requireAssignee(program, draft.assigneeId());
        if (draft.question() && assignee.side() == user.side()) {
            throw new InvalidInputException("assigneeId", "actions.error.question-other-side");
        }
        if (draft.dueDate().isBefore(today())) {
            throw new InvalidInputException("dueDate", "actions.error.due-in-past");
        }
        dueDates(program).require(draft.dueDate(), "dueDate", "actions.error.due-range");
        if (draft.status() == ActionStatus.DONE) {
            throw new InvalidInputException("status", "actions.error.done-on-create");
        }
        requireBlockedOn(draft.status(), draft.blockedOn());
        var origin = draft.origin();
        if ((origin == ActionOrigin.MANUAL) != (draft.originId() == null)) {
            throw new InvalidInputException("origin", "actions.error.origin");
        }
        requireOriginInProgram(programId, origin, draft.originId());
        var now = clock.instant();
        var item = new ActionItem(programId, draft.question(), origin, draft.originId(), user.id(), now);
        item.describeWork(draft.title(), draft.details(), draft.dueDate(), now);
        item.assign(assignee.id(), assignee.side(), now);
        item.changeStatus(draft.status(), draft.blockedOn(), now);
        items.saveAndFlush(item);
        activity.record(entry(draft.question() ? ActivityKind.QUESTION_ASKED : ActivityKind.ACTION_CREATED,
                program.customer().id(), item).change(null, item.describeWork() + "; assignee="
                        + assignee.displayName() + "; status=" + item.describeStatus() + "; origin=" + origin
                        + (draft.originId() == null ? "" : " " + draft.originId())));
        events.publishEvent(new ActionAssigned(programId, item.getId(), item.getTitle(), item.isQuestion(),
                assignee.id(), user.id()));
        return view(item, program);
    }

    /**
     * Saves the item's title, details, due date, assignee and status if nobody changed it since
     * {@code expectedVersion}; otherwise both versions come back in a {@link ConcurrentEditException}.
     * Each kind of change is recorded as its own event.
     */
    public ActionItemView update(long programId, long itemId, long expectedVersion, @Valid ActionDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var item = find(programId, itemId);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(view(item, program));
        }
        var assignee = item.getAssigneeId() == draft.assigneeId() ? null : requireAssignee(program, draft.assigneeId());
        if (assignee != null && item.isQuestion() && assignee.side() != item.getAssigneeSide()) {
            throw new InvalidInputException("assigneeId", "actions.error.question-same-side");
        }
        if (!draft.dueDate().equals(item.getDueDate())) {
            if (draft.dueDate().isBefore(today())) {
                throw new InvalidInputException("dueDate", "actions.error.due-in-past");
            }
            dueDates(program).require(draft.dueDate(), "dueDate", "actions.error.due-range");
        }
        requireStatusChange(item, draft.status(), draft.blockedOn());
        var now = clock.instant();
        var work = item.describeWork();
        item.describeWork(draft.title(), draft.details(), draft.dueDate(), now);
        if (!work.equals(item.describeWork())) {
            activity.record(entry(ActivityKind.ACTION_UPDATED, program.customer().id(), item)
                    .change(work, item.describeWork()));
        }
        if (assignee != null) {
            reassign(item, assignee, program.customer().id(), now);
        }
        setStatus(item, draft.status(), draft.blockedOn(), program.customer().id(), now);
        items.saveAndFlush(item);
        return view(item, program);
    }

    /** The quick status change of the plan and of "my actions". */
    public ActionItemView changeStatus(long programId, long itemId, long expectedVersion, @NotNull ActionStatus status,
            @Size(max = 500) String blockedOn) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views(List.of(item), access, Map.of()).getFirst());
        }
        requireStatusChange(item, status, blockedOn);
        setStatus(item, status, blockedOn, access.customerId(), clock.instant());
        items.saveAndFlush(item);
        return views(List.of(item), access, Map.of()).getFirst();
    }

    /** A member of the side the question was addressed to answers it; the answer closes it. */
    public ActionItemView answer(long programId, long itemId, long expectedVersion,
            @NotBlank @Size(max = 4000) String answer) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        var user = currentUser.require();
        if (!item.isQuestion()) {
            throw new InvalidInputException("answer", "actions.error.not-a-question");
        }
        if (user.side() != item.getAssigneeSide()) {
            throw new AccessDeniedException("Only the side a question is addressed to answers it");
        }
        if (item.getVersion() != expectedVersion || !item.getStatus().isOpen()) {
            throw new ConcurrentEditException(views(List.of(item), access, Map.of()).getFirst());
        }
        item.answer(answer, user.id(), clock.instant());
        items.saveAndFlush(item);
        activity.record(entry(ActivityKind.QUESTION_ANSWERED, access.customerId(), item).change(null, item.getAnswer()));
        return views(List.of(item), access, Map.of()).getFirst();
    }

    /** Closes the items the lead selected; questions stay open (they close when answered). */
    public BulkResult closeAll(long programId, @NotNull Collection<ActionRef> selected) {
        var access = accessPolicy.require(programId, Need.WRITE);
        requireLead(access.canEdit());
        var stale = 0;
        var questions = 0;
        var changed = 0;
        var now = clock.instant();
        for (var item : selectedItems(programId, selected)) {
            if (item.getVersion() != version(selected, item)) {
                stale++;
            } else if (item.isQuestion() && item.getStatus().isOpen()) {
                questions++;
            } else if (item.getStatus().isOpen()) {
                setStatus(item, ActionStatus.DONE, null, access.customerId(), now);
                changed++;
            }
        }
        items.flush();
        return new BulkResult(changed, stale, questions);
    }

    /** Gives the selected items to one person; a question keeps being addressed to the same side. */
    public BulkResult reassignAll(long programId, @NotNull Collection<ActionRef> selected, long assigneeId) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        requireLead(program.canEdit());
        var assignee = requireAssignee(program, assigneeId);
        var stale = 0;
        var questions = 0;
        var changed = 0;
        var now = clock.instant();
        for (var item : selectedItems(programId, selected)) {
            if (item.getVersion() != version(selected, item)) {
                stale++;
            } else if (item.isQuestion() && assignee.side() != item.getAssigneeSide()) {
                questions++;
            } else if (item.getAssigneeId() != assigneeId) {
                reassign(item, assignee, program.customer().id(), now);
                changed++;
            }
        }
        items.flush();
        return new BulkResult(changed, stale, questions);
    }

    /** How fast each side answers and closes, supplier first; both sides get the same figures. */
    @Transactional(readOnly = true)
    public List<SideResponsiveness> responsiveness(long programId) {
        accessPolicy.require(programId, Need.READ);
        var now = clock.instant();
        var since = Responsiveness.windowStart(now);
        var samples = items.responseSamples(programId, since, LocalDate.ofInstant(since, ZoneOffset.UTC),
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        return Responsiveness.compute(samples, now);
    }

    /** One page of the open items assigned to me across the programs I may see, overdue first. */
    @Transactional(readOnly = true)
    public List<ActionItemView> mine(Pageable pageable) {
        var programs = programService.visibleProgramNames();
        if (programs.isEmpty()) {
            return List.of();
        }
        var page = items.findAssigned(currentUser.require().id(), programs.keySet(), null, pageable);
        return viewsAcrossPrograms(page, programs);
    }

    @Transactional(readOnly = true)
    public long countMine() {
        var programs = programService.visibleProgramNames();
        return programs.isEmpty() ? 0 : items.countAssigned(currentUser.require().id(), programs.keySet(), null);
    }

    /**
     * The open actions and the questions waiting for my answer (the first {@code limit} of each, overdue
     * first), and the open items per side of the given programs among those I may see.
     */
    @Transactional(readOnly = true)
    public HomeActions home(Collection<Long> programIds, int limit) {
        var programs = programService.visibleProgramNames();
        if (programs.isEmpty()) {
            return new HomeActions(List.of(), 0, List.of(), 0, Map.of());
        }
        var me = currentUser.require().id();
        var first = PageRequest.of(0, limit, DUE_FIRST);
        var actions = items.findAssigned(me, programs.keySet(), false, first);
        var questions = items.findAssigned(me, programs.keySet(), true, first);
        // Counted even when the first page says it all: the home page costs the same statements for everyone.
        var actionsTotal = items.countAssigned(me, programs.keySet(), false);
        var questionsTotal = items.countAssigned(me, programs.keySet(), true);
        var views = viewsAcrossPrograms(Stream.concat(actions.stream(), questions.stream()).toList(), programs);
        var asked = programIds.stream().filter(programs::containsKey).collect(Collectors.toSet());
        var open = new HashMap<Long, OpenCounts>();
        if (!asked.isEmpty()) {
            for (var count : items.openCounts(asked)) {
                var current = open.getOrDefault(count.programId(), OpenCounts.NONE);
                open.put(count.programId(), count.side() == Side.SUPPLIER
                        ? new OpenCounts(count.open(), current.customer())
                        : new OpenCounts(current.supplier(), count.open()));
            }
        }
        return new HomeActions(views.subList(0, actions.size()), actionsTotal,
                views.subList(actions.size(), views.size()), questionsTotal, Map.copyOf(open));
    }

    /**
     * What the other side owes me across the programs I may see: open questions I asked and overdue items I
     * created that are assigned to the other side, overdue first; at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<ActionItemView> owedToMe(int limit) {
        var programs = programService.visibleProgramNames();
        if (programs.isEmpty()) {
            return List.of();
        }
        var user = currentUser.require();
        var page = items.findOwedTo(user.id(), user.side().other(), programs.keySet(), today(),
                PageRequest.of(0, limit, DUE_FIRST));
        return viewsAcrossPrograms(page, programs);
    }

    /** The whole plan as CSV, one row per item, oldest first. */
    @Transactional(readOnly = true)
    public String csv(long programId, ActionFilter filter) {
        var access = accessPolicy.require(programId, Need.READ);
        var all = views(items.findInPlan(programId, filter.status(), filter.side(), filter.assigneeId(),
                Pageable.unpaged(Sort.by("id"))), access, Map.of());
        var out = new StringWriter();
        var format = CSVFormat.DEFAULT.builder().setHeader("id", "title", "kind", "assignee", "waiting_on", "due_date",
                "status", "blocked_on", "origin", "origin_id", "created_at", "created_by", "age_days", "overdue",
                "answer", "answered_by", "answered_at", "closed_at").get();
        try (var printer = new CSVPrinter(out, format)) {
            for (var item : all) {
                printer.printRecord(item.id(), SpreadsheetText.cell(item.title()),
                        item.question() ? "QUESTION" : "ACTION", SpreadsheetText.cell(item.assignee().displayName()),
                        item.waitingOn(), item.dueDate(), item.status(), SpreadsheetText.cell(item.blockedOn()),
                        item.origin(), item.originId(), item.createdAt(),
                        SpreadsheetText.cell(item.askedBy().displayName()), item.ageDays(), item.overdue(),
                        SpreadsheetText.cell(item.answer()),
                        item.answeredBy() == null ? null : SpreadsheetText.cell(item.answeredBy().displayName()),
                        item.answeredAt(), item.closedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private ActionItem find(long programId, long itemId) {
        return items.findByIdAndProgramId(itemId, programId)
                .orElseThrow(() -> new ResourceNotFoundException("Action", itemId));
    }

    /**
     * The milestone, feedback item or review an item comes from must be one of this program's: another
     * program's id (or none) answers like a missing one, and is recorded as a refusal.
     */
    private void requireOriginInProgram(long programId, ActionOrigin origin, Long originId) {
        if (origin == ActionOrigin.MANUAL) {
            return;
        }
        var found = originSources.stream().filter(source -> source.origin() == origin)
                .anyMatch(source -> source.isInProgram(programId, originId));
        if (!found) {
            accessAudit.denied(origin.name().toLowerCase(java.util.Locale.ROOT), originId, "action origin");
            throw new ResourceNotFoundException(origin.name(), originId);
        }
    }

    private static void requireLead(boolean canEdit) {
        if (!canEdit) {
            throw new AccessDeniedException("Only leads change many actions at once");
        }
    }

    /** Who may be given an item: the program's members who can act on it, so not viewers. */
    private static List<PersonSummary> assignable(List<PersonSummary> members) {
        return members.stream().filter(p -> p.enabled() && p.role() != Role.VIEWER).toList();
    }

    private static PersonSummary requireAssignee(ProgramDetails program, Long assigneeId) {
        return Stream.concat(assignable(program.supplierMembers()).stream(),
                        assignable(program.customerMembers()).stream())
                .filter(p -> Objects.equals(p.id(), assigneeId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assigneeId", "actions.error.assignee"));
    }

    private static void requireBlockedOn(ActionStatus status, String blockedOn) {
        if (status == ActionStatus.BLOCKED && (blockedOn == null || blockedOn.isBlank())) {
            throw new InvalidInputException("blockedOn", "actions.error.blocked-on");
        }
    }

    private static void requireStatusChange(ActionItem item, ActionStatus status, String blockedOn) {
        if (item.isQuestion() && status == ActionStatus.DONE && item.getStatus().isOpen()) {
            throw new InvalidInputException("status", "actions.error.question-closes-by-answer");
        }
        if (item.isQuestion() && status.isOpen() && !item.getStatus().isOpen()) {
            throw new InvalidInputException("status", "actions.error.question-answered");
        }
        requireBlockedOn(status, blockedOn);
    }

    private void setStatus(ActionItem item, ActionStatus status, String blockedOn, long customerId,
            Instant now) {
        var before = item.describeStatus();
        item.changeStatus(status, blockedOn, now);
        if (!before.equals(item.describeStatus())) {
            activity.record(entry(ActivityKind.ACTION_STATUS_CHANGED, customerId, item)
                    .change(before, item.describeStatus()));
        }
    }

    private void reassign(ActionItem item, PersonSummary assignee, long customerId, Instant now) {
        var before = directory.person(item.getAssigneeId()).map(PersonSummary::displayName).orElse("");
        item.assign(assignee.id(), assignee.side(), now);
        activity.record(entry(ActivityKind.ACTION_REASSIGNED, customerId, item)
                .change(before, assignee.displayName()));
        events.publishEvent(new ActionAssigned(item.getProgramId(), item.getId(), item.getTitle(), item.isQuestion(),
                assignee.id(), currentUser.require().id()));
    }

    private List<ActionItem> selectedItems(long programId, Collection<ActionRef> selected) {
        if (selected.isEmpty()) {
            return List.of();
        }
        return items.findByProgramIdAndIdIn(programId, selected.stream().map(ActionRef::id).toList());
    }

    private static long version(Collection<ActionRef> selected, ActionItem item) {
        return selected.stream().filter(r -> r.id() == item.getId()).findFirst().orElseThrow().version();
    }

    private static ActivityEntry entry(ActivityKind kind, long customerId, ActionItem item) {
        return ActivityEntry.of(kind)
                .organization(customerId)
                .program(item.getProgramId())
                .subject(item.isQuestion() ? "question" : "action", item.getId(), item.getTitle());
    }

    private ActionItemView view(ActionItem item, ProgramDetails program) {
        return views(List.of(item), program.canContribute(), Map.of(program.id(), program.name())).getFirst();
    }

    private List<ActionItemView> views(List<ActionItem> page, ProgramAccess access, Map<Long, String> programNames) {
        return views(page, access.canContribute(), programNames);
    }

    /**
     * Items of the programs the reader sees, assigned to the reader: only viewers may not contribute (the
     * program access policy's rule), so no program needs looking up again.
     */
    private List<ActionItemView> viewsAcrossPrograms(List<ActionItem> page, Map<Long, String> programNames) {
        return views(page, !currentUser.require().isViewer(), programNames);
    }

    /** Views of items of one program, or of the reader's own items, with their people read in one statement. */
    private List<ActionItemView> views(List<ActionItem> page, boolean mayChange, Map<Long, String> programNames) {
        if (page.isEmpty()) {
            return List.of();
        }
        var user = currentUser.require();
        var ids = new HashSet<Long>();
        for (var item : page) {
            ids.add(item.getAssigneeId());
            ids.add(item.getCreatedBy());
            if (item.getAnsweredBy() != null) {
                ids.add(item.getAnsweredBy());
            }
        }
        var people = directory.people(ids);
        var today = today();
        var zone = zone();
        return page.stream().map(item -> {
            var end = item.getClosedAt() == null ? today : LocalDate.ofInstant(item.getClosedAt(), zone);
            var open = item.getStatus().isOpen();
            return new ActionItemView(item.getId(), item.getProgramId(), programNames.get(item.getProgramId()),
                    item.getTitle(), item.getDetails(), people.get(item.getAssigneeId()), item.getDueDate(),
                    item.getStatus(), item.getBlockedOn(), item.getOrigin(), item.getOriginId(), item.isQuestion(),
                    people.get(item.getCreatedBy()), item.getAnswer(),
                    item.getAnsweredBy() == null ? null : people.get(item.getAnsweredBy()), item.getAnsweredAt(),
                    item.getCreatedAt(), item.getClosedAt(), item.getVersion(),
                    Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(item.getCreatedAt(), zone), end)),
                    open && item.getDueDate().isBefore(today), mayChange,
                    item.isQuestion() && open && mayChange && user.side() == item.getAssigneeSide());
        }).toList();
    }

    private ZoneId zone() {
        return currentUser.require().timeZone();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** The days a new due date may take: from today to a year after the program's target end (decision 0033). */
    private DateRange dueDates(ProgramDetails program) {
        return Bounds.dueInProgram(program.startDate(), program.targetEndDate(), today());
    }
}
