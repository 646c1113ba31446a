package com.cohelm.action;

import com.cohelm.program.ProgramService;
import com.cohelm.security.CurrentUserService;
import com.cohelm.security.Side;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reader's own items across the programs they may see: what is assigned to them ("my actions", the home
 * page, the digest) and what the other side owes them. Only the programs the program feature says the reader
 * sees are read, so no item of another program shows.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MyActions {

    /** The due date first, so that the overdue come first; the id keeps pages stable. */
    public static final Sort DUE_FIRST = Sort.by("dueDate", "id");

    private final ActionItemRepository items;
    private final ProgramService programService;
    private final CurrentUserService currentUser;
    private final ActionItemViews views;

    MyActions(ActionItemRepository items, ProgramService programService, CurrentUserService currentUser,
            ActionItemViews views) {
        this.items = items;
        this.programService = programService;
        this.currentUser = currentUser;
        this.views = views;
    }

    /** One page of the open items assigned to me across the programs I may see, overdue first. */
    public List<ActionItemView> mine(Pageable pageable) {
        var programs = programService.visibleProgramNames();
        if (programs.isEmpty()) {
            return List.of();
        }
        var page = items.findAssigned(currentUser.require().id(), programs.keySet(), null, pageable);
        return views.acrossPrograms(page, programs);
    }

    public long countMine() {
        var programs = programService.visibleProgramNames();
        return programs.isEmpty() ? 0 : items.countAssigned(currentUser.require().id(), programs.keySet(), null);
    }

    /**
     * The open actions and the questions waiting for my answer (the first {@code limit} of each, overdue
     * first), and the open items per side of the given programs among those I may see.
     */
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
        var all = views.acrossPrograms(Stream.concat(actions.stream(), questions.stream()).toList(), programs);
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
        return new HomeActions(all.subList(0, actions.size()), actionsTotal,
                all.subList(actions.size(), all.size()), questionsTotal, Map.copyOf(open));
    }

    /**
     * What the other side owes me across the programs I may see: open questions I asked and overdue items I
     * created that are assigned to the other side, overdue first; at most {@code limit}.
     */
    public List<ActionItemView> owedToMe(int limit) {
        var programs = programService.visibleProgramNames();
        if (programs.isEmpty()) {
            return List.of();
        }
        var user = currentUser.require();
        var page = items.findOwedTo(user.id(), user.side().other(), programs.keySet(), views.today(),
                PageRequest.of(0, limit, DUE_FIRST));
        return views.acrossPrograms(page, programs);
    }
}
