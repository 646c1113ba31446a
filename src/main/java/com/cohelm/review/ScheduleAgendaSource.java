package com.cohelm.review;

import com.cohelm.schedule.ScheduleChange;
import com.cohelm.schedule.ScheduleQueries;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The schedule on the agenda: each slip reported since (its dates in each reader's format, the explanation as
 * written), and re-baseline proposals made since or pending.
 */
@Component
@Order(20)
class ScheduleAgendaSource implements AgendaSource {

    static final String SLIP = "MILESTONE_SLIP";
    static final String REBASELINE = "REBASELINE";

    private final ScheduleQueries schedule;

    ScheduleAgendaSource(ScheduleQueries schedule) {
        this.schedule = schedule;
    }

    @Override
    public List<AgendaProposal> proposals(long programId, Instant since) {
        return schedule.changesSince(programId, since).stream().map(change -> change.kind() == ScheduleChange.Kind.SLIP
                ? new AgendaProposal(SLIP, "milestone", change.milestoneId(), change.side(), change.title(),
                        change.text(), change.at(), List.of(AgendaLine.of("review.line.slip",
                                AgendaLine.Arg.date(change.fromDate()), AgendaLine.Arg.date(change.toDate()))))
                : new AgendaProposal(REBASELINE, "proposal", change.id(), change.side(), change.text(),
                        null, change.at()))
                .toList();
    }
}
