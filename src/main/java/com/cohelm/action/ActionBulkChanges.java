package com.cohelm.action;

import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.program.ProgramAccessPolicy.Need;
import com.cohelm.program.ProgramService;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * A lead's change of many items of a plan at once: program leads and supplier admins close or reassign the
 * items they selected. An item someone changed since the lead saw it is left as it is and counted; each item
 * changed is recorded as one item's edit would be.
 */
@Service
@Validated
@Transactional
@PreAuthorize("isAuthenticated()")
public class ActionBulkChanges {

    private final ActionItemRepository items;
    private final ProgramService programService;
    private final ProgramAccessPolicy accessPolicy;
    private final ActionItemChanges changes;
    private final Clock clock;

    ActionBulkChanges(ActionItemRepository items, ProgramService programService, ProgramAccessPolicy accessPolicy,
            ActionItemChanges changes, Clock clock) {
        this.items = items;
        this.programService = programService;
        this.accessPolicy = accessPolicy;
        this.changes = changes;
        this.clock = clock;
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
                changes.setStatus(item, ActionStatus.DONE, null, access.customerId(), now);
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
        var assignee = ActionItemChanges.requireAssignee(program, assigneeId);
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
                changes.reassign(item, assignee, program.customer().id(), now);
                changed++;
            }
        }
        items.flush();
        return new BulkResult(changed, stale, questions);
    }

    private static void requireLead(boolean canEdit) {
        if (!canEdit) {
            throw new AccessDeniedException("Only leads change many actions at once");
        }
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
}
