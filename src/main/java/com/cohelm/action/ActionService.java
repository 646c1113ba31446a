package com.cohelm.action;

import static com.cohelm.action.ActionItemChanges.assignable;
import static com.cohelm.action.ActionItemChanges.entry;
import static com.cohelm.action.ActionItemChanges.requireAssignee;

import com.cohelm.activity.AccessAudit;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.Bounds;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.DateRange;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramDetails;
import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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
 * closes it. A lead's change of many items is {@link ActionBulkChanges}'s, the reader's own items across
 * programs are {@link MyActions}', a plan's responsiveness and export are {@link ActionReports}'.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionService {

    private final ActionItemRepository items;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AccessAudit accessAudit;
    private final List<ActionOriginSource> originSources;
    private final ActionItemViews views;
    private final ActionItemChanges changes;

    ActionService(ActionItemRepository items, ProgramService programService, ProgramAccessPolicy accessPolicy,
            ActivityRecorder activity, CurrentUserService currentUser, Clock clock, ApplicationEventPublisher events,
            AccessAudit accessAudit, List<ActionOriginSource> originSources, ActionItemViews views,
            ActionItemChanges changes) {
        this.items = items;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.activity = activity;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.accessAudit = accessAudit;
        this.originSources = List.copyOf(originSources);
        this.views = views;
        this.changes = changes;
    }

    /** The page around the rows: who may be assigned, what the reader may do, who is waiting on whom. */
    @Transactional(readOnly = true)
    public ActionPlan plan(long programId) {
        var program = programService.details(accessPolicy.require(programId, Need.READ));
        var today = views.today();
        var load = items.openLoad(programId, today).stream().collect(Collectors.toMap(SideLoad::side, l -> l));
        var names = Map.of(Side.SUPPLIER, program.supplierLead().organizationName(),
                Side.CUSTOMER, program.customer().name());
        var waiting = Stream.of(Side.values()).map(side -> {
            var l = load.get(side);
            return l == null ? new SideWaiting(side, names.get(side), 0, 0, OptionalLong.empty())
                    : new SideWaiting(side, names.get(side), l.open(), l.overdue(), OptionalLong.of(
                            ChronoUnit.DAYS.between(LocalDate.ofInstant(l.oldestCreatedAt(), views.zone()), today)));
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
        return views.of(page, access);
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
        return views.of(items.findOverdue(programId, views.today(), PageRequest.of(0, limit)), access);
    }

    /** The items a milestone, feedback item or review created, in the order they were made. */
    @Transactional(readOnly = true)
    public List<ActionItemView> fromOrigin(long programId, @NotNull ActionOrigin origin, long originId) {
        var access = accessPolicy.require(programId, Need.READ);
        return views.of(items.findByProgramIdAndOriginAndOriginIdOrderByIdAsc(programId, origin, originId), access);
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
        return java.util.Optional.of(views.of(item.get(), access.get()));
    }

    public ActionItemView create(long programId, @Valid ActionDraft draft) {
        var program = programService.details(accessPolicy.require(programId, Need.WRITE));
        var user = currentUser.require();
        var assignee = requireAssignee(program, draft.assigneeId());
        if (draft.question() && assignee.side() == user.side()) {
            throw new InvalidInputException("assigneeId", "actions.error.question-other-side");
        }
        if (draft.dueDate().isBefore(views.today())) {
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
        return views.of(item, program);
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
            throw new ConcurrentEditException(views.of(item, program));
        }
        var assignee = item.getAssigneeId() == draft.assigneeId() ? null : requireAssignee(program, draft.assigneeId());
        if (assignee != null && item.isQuestion() && assignee.side() != item.getAssigneeSide()) {
            throw new InvalidInputException("assigneeId", "actions.error.question-same-side");
        }
        if (!draft.dueDate().equals(item.getDueDate())) {
            if (draft.dueDate().isBefore(views.today())) {
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
            changes.reassign(item, assignee, program.customer().id(), now);
        }
        changes.setStatus(item, draft.status(), draft.blockedOn(), program.customer().id(), now);
        items.saveAndFlush(item);
        return views.of(item, program);
    }

    /** The quick status change of the plan and of "my actions". */
    public ActionItemView changeStatus(long programId, long itemId, long expectedVersion, @NotNull ActionStatus status,
            @Size(max = 500) String blockedOn) {
        var access = accessPolicy.require(programId, Need.WRITE);
        var item = find(programId, itemId);
        if (item.getVersion() != expectedVersion) {
            throw new ConcurrentEditException(views.of(item, access));
        }
        requireStatusChange(item, status, blockedOn);
        changes.setStatus(item, status, blockedOn, access.customerId(), clock.instant());
        items.saveAndFlush(item);
        return views.of(item, access);
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
            throw new ConcurrentEditException(views.of(item, access));
        }
        item.answer(answer, user.id(), clock.instant());
        items.saveAndFlush(item);
        activity.record(entry(ActivityKind.QUESTION_ANSWERED, access.customerId(), item).change(null, item.getAnswer()));
        return views.of(item, access);
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

    /** The days a new due date may take: from today to a year after the program's target end (decision 0033). */
    private DateRange dueDates(ProgramDetails program) {
        return Bounds.dueInProgram(program.startDate(), program.targetEndDate(), views.today());
    }
}
