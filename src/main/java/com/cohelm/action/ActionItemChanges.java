package com.cohelm.action;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.InvalidInputException;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The changes to an item that one item's edit and a lead's bulk change both make, each recorded in the
 * activity log (and a new assignee told), and who may be given an item. It checks no access: the services
 * call it on items of programs they already authorized for writing.
 */
@Component
class ActionItemChanges {

    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final CurrentUserService currentUser;
    private final ApplicationEventPublisher events;

    ActionItemChanges(AccountDirectory directory, ActivityRecorder activity, CurrentUserService currentUser,
            ApplicationEventPublisher events) {
        this.directory = directory;
        this.activity = activity;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Who may be given an item: the program's members who can act on it, so not viewers. */
    static List<PersonSummary> assignable(List<PersonSummary> members) {
        return members.stream().filter(p -> p.enabled() && p.role() != Role.VIEWER).toList();
    }

    static PersonSummary requireAssignee(ProgramDetails program, Long assigneeId) {
        return Stream.concat(assignable(program.supplierMembers()).stream(),
                        assignable(program.customerMembers()).stream())
                .filter(p -> Objects.equals(p.id(), assigneeId))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("assigneeId", "actions.error.assignee"));
    }

    void setStatus(ActionItem item, ActionStatus status, String blockedOn, long customerId, Instant now) {
        var before = item.describeStatus();
        item.changeStatus(status, blockedOn, now);
        if (!before.equals(item.describeStatus())) {
            activity.record(entry(ActivityKind.ACTION_STATUS_CHANGED, customerId, item)
                    .change(before, item.describeStatus()));
        }
    }

    void reassign(ActionItem item, PersonSummary assignee, long customerId, Instant now) {
        var before = directory.person(item.getAssigneeId()).map(PersonSummary::displayName).orElse("");
        item.assign(assignee.id(), assignee.side(), now);
        activity.record(entry(ActivityKind.ACTION_REASSIGNED, customerId, item)
                .change(before, assignee.displayName()));
        events.publishEvent(new ActionAssigned(item.getProgramId(), item.getId(), item.getTitle(), item.isQuestion(),
                assignee.id(), currentUser.require().id()));
    }

    static ActivityEntry entry(ActivityKind kind, long customerId, ActionItem item) {
        return ActivityEntry.of(kind)
                .organization(customerId)
                .program(item.getProgramId())
                .subject(item.isQuestion() ? "question" : "action", item.getId(), item.getTitle());
    }
}
