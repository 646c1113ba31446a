package com.cohelm.review;

import com.cohelm.goal.GoalChange;
import com.cohelm.goal.GoalService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Goals on the agenda: each status the owners confirmed since (with their reason), and one item per goal
 * that was measured since (its latest value and note), so five measurements do not make five items.
 */
@Component
@Order(10)
class GoalAgendaSource implements AgendaSource {

    /** A confirmed status is a kind of its own per status (GOAL_AT_RISK, …): the agenda reads "now at risk". */
    static final String STATUS_PREFIX = "GOAL_";
    static final String MEASURED = "GOAL_MEASURED";

    private final GoalService goals;

    GoalAgendaSource(GoalService goals) {
        this.goals = goals;
    }

    @Override
    public List<AgendaProposal> proposals(long programId, Instant since) {
        var changes = goals.changesSince(programId, since);
        var proposals = new ArrayList<AgendaProposal>();
        // the latest confirmed status per goal: the agenda discusses where a goal stands, not every step
        changes.stream().filter(c -> c.kind() == GoalChange.Kind.STATUS_CONFIRMED)
                .collect(Collectors.toMap(GoalChange::goalId, c -> c, (a, b) -> b, LinkedHashMap::new))
                .values().forEach(c -> proposals.add(new AgendaProposal(STATUS_PREFIX + c.status().name(), "goal",
                        c.goalId(), null, c.goalTitle(), c.text(), c.at())));
        changes.stream().filter(c -> c.kind() == GoalChange.Kind.MEASURED)
                .collect(Collectors.groupingBy(GoalChange::goalId, LinkedHashMap::new, Collectors.toList()))
                .values().forEach(measured -> {
                    var latest = measured.getLast();
                    var value = latest.value().stripTrailingZeros().toPlainString()
                            + (latest.unit() == null || latest.unit().isBlank() ? "" : " " + latest.unit().strip());
                    var detail = measured.size() + " × · " + value
                            + (latest.text() == null || latest.text().isBlank() ? "" : " · " + latest.text());
                    proposals.add(new AgendaProposal(MEASURED, "goal", latest.goalId(), null, latest.goalTitle(),
                            detail, latest.at()));
                });
        proposals.sort(java.util.Comparator.comparing(AgendaProposal::at));
        return proposals;
    }
}
