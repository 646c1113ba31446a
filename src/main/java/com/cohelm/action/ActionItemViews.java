package com.cohelm.action;

import com.cohelm.account.AccountDirectory;
import com.cohelm.program.ProgramAccess;
import com.cohelm.program.ProgramDetails;
import com.cohelm.security.CurrentUserService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the action plan's services turn items into what a reader sees, with their people read in one statement,
 * and what "today" is for the reader. It checks no access: the services call it on items of programs they
 * already authorized, or of the programs the reader sees.
 */
@Component
class ActionItemViews {

    private final AccountDirectory directory;
    private final CurrentUserService currentUser;
    private final Clock clock;

    ActionItemViews(AccountDirectory directory, CurrentUserService currentUser, Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ActionItemView of(ActionItem item, ProgramDetails program) {
        return of(List.of(item), program.canContribute(), Map.of(program.id(), program.name())).getFirst();
    }

    ActionItemView of(ActionItem item, ProgramAccess access) {
        return of(List.of(item), access).getFirst();
    }

    List<ActionItemView> of(List<ActionItem> page, ProgramAccess access) {
        return of(page, access.canContribute(), Map.of());
    }

    /**
     * Items of the programs the reader sees, assigned to the reader: only viewers may not contribute (the
     * program access policy's rule), so no program needs looking up again.
     */
    List<ActionItemView> acrossPrograms(List<ActionItem> page, Map<Long, String> programNames) {
        return of(page, !currentUser.require().isViewer(), programNames);
    }

    /** Views of items of one program, or of the reader's own items, with their people read in one statement. */
    private List<ActionItemView> of(List<ActionItem> page, boolean mayChange, Map<Long, String> programNames) {
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

    /** The reader's time zone: due dates and ages are the reader's days. */
    ZoneId zone() {
        return currentUser.require().timeZone();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }
}
