package com.cohelm.review;

import com.cohelm.goal.GoalChange;
import com.cohelm.goal.GoalService;
import com.cohelm.program.ProgramService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Goals on the agenda: one item per goal that changed since, with all that changed: the status the owners
 * confirmed last (its reason is the item's detail, the kind says the status: "Goal at risk") and, in words each
 * reader reads in their language, how many measurements came in and the latest one ("6 measurements since the
 * last review, latest 95.11 % on Dec 4, 2026"). A goal only measured is a "Goal measured" item.
 */
@Component
@Order(10)
class GoalAgendaSource implements AgendaSource {

    /** Every goal item's kind starts with it: GOAL_MEASURED, or GOAL_ + the confirmed status (GOAL_AT_RISK, …). */
    static final String PREFIX = "GOAL_";
    static final String MEASURED = "GOAL_MEASURED";

    private final GoalService goals;
    private final ProgramService programs;

    GoalAgendaSource(GoalService goals, ProgramService programs) {
        this.goals = goals;
        this.programs = programs;
    }

    @Override
    public List<AgendaProposal> proposals(long programId, Instant since) {
        var changes = goals.changesSince(programId, since);
        if (changes.isEmpty()) {
            return List.of();
        }
        // no earlier review: the agenda starts at the program's start (see ReviewService.schedule)
        var firstReview = programs.find(programId).map(p -> p.startDate().atStartOfDay(ZoneOffset.UTC).toInstant())
                .filter(since::equals).isPresent();
        var proposals = new ArrayList<AgendaProposal>();
        changes.stream().collect(Collectors.groupingBy(GoalChange::goalId, LinkedHashMap::new, Collectors.toList()))
                .values().forEach(goalChanges -> proposals.add(proposal(goalChanges, firstReview)));
        proposals.sort(Comparator.comparing(AgendaProposal::at));
        return proposals;
    }

    private static AgendaProposal proposal(List<GoalChange> changes, boolean firstReview) {
        var status = changes.stream().filter(c -> c.kind() == GoalChange.Kind.STATUS_CONFIRMED)
                .reduce((first, second) -> second);
        var measured = changes.stream().filter(c -> c.kind() == GoalChange.Kind.MEASURED).toList();
        var lines = new ArrayList<AgendaLine>();
        status.ifPresent(s -> lines.add(AgendaLine.of("review.line.goal-status",
                AgendaLine.Arg.key("goal.status." + s.status().name()))));
        if (!measured.isEmpty()) {
            var latest = measured.stream().max(Comparator.comparing(GoalChange::measuredOn)
                    .thenComparing(GoalChange::at)).orElseThrow();
            var hasNote = latest.text() != null && !latest.text().isBlank();
            var key = "review.line.goal-measured" + (firstReview ? ".first" : "") + (hasNote ? ".note" : "");
            var args = new ArrayList<>(List.of(AgendaLine.Arg.count(measured.size()),
                    AgendaLine.Arg.value(latest.value(), latest.unit()), AgendaLine.Arg.date(latest.measuredOn())));
            if (hasNote) {
                args.add(AgendaLine.Arg.text(latest.text().strip()));
            }
            lines.add(new AgendaLine(key, args));
        }
        var last = changes.getLast();
        return new AgendaProposal(status.map(s -> PREFIX + s.status().name()).orElse(MEASURED), "goal", last.goalId(),
                null, last.goalTitle(), status.map(GoalChange::text).orElse(null), last.at(), lines);
    }
}
