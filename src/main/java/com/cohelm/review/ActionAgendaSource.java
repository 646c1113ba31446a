package com.cohelm.review;

import com.cohelm.action.ActionService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The action plan on the agenda: one item for each side that has overdue actions, whenever they fell due
 * (an overdue action matters at a review however old it is), saying how many. The meeting page lists them.
 */
@Component
@Order(30)
class ActionAgendaSource implements AgendaSource {

    static final String OVERDUE = "OVERDUE_ACTIONS";

    private final ActionService actions;
    private final Clock clock;

    ActionAgendaSource(ActionService actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public List<AgendaProposal> proposals(long programId, Instant since) {
        var now = clock.instant();
        return actions.plan(programId).waiting().stream().filter(side -> side.overdue() > 0)
                .map(side -> new AgendaProposal(OVERDUE, "side", null, side.side(), side.organization(), null, now,
                        List.of(AgendaLine.of("review.line.overdue", AgendaLine.Arg.count(side.overdue())))))
                .toList();
    }
}
