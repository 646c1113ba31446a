package com.cohelm.feedback;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The latest revealed pulse of many programs in figures, for relationship health, which both sides see:
 * supplier answers marked internal are left out, and a side with fewer answers than the minimum per side
 * gives no rating (nor, for the customer side, a net promoter score): health then has no pulse input for
 * it. It checks no access: callers pass only programs the
 * reader may see (through {@code ProgramAccessPolicy} or {@code ProgramService}). Two statements whatever
 * the number of programs, none for none.
 */
@Component
public class PulseScoreSource {

    private final PulseRepository pulses;
    private final PulseResponseRepository responses;
    private final PulseResults results;

    PulseScoreSource(PulseRepository pulses, PulseResponseRepository responses, PulseResults results) {
        this.pulses = pulses;
        this.responses = responses;
        this.results = results;
    }

    /** Per program id, its latest revealed pulse's scores; programs without one are absent. */
    @Transactional(readOnly = true)
    public Map<Long, PulseScores> latestRevealed(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        // Two pulses revealed at the same instant: the later one counts.
        var latest = pulses.findLatestRevealed(List.copyOf(programIds)).stream()
                .collect(Collectors.toMap(Pulse::getProgramId, Function.identity(),
                        (a, b) -> Comparator.comparing(Pulse::getId).compare(a, b) >= 0 ? a : b));
        if (latest.isEmpty()) {
            return Map.of();
        }
        var byPulse = responses.findByPulseIdInAndInternalFalse(latest.values().stream().map(Pulse::getId).toList())
                .stream().collect(Collectors.groupingBy(PulseResponse::getPulseId));
        var scores = new HashMap<Long, PulseScores>();
        latest.forEach((programId, pulse) -> scores.put(programId,
                results.scores(pulse, byPulse.getOrDefault(pulse.getId(), List.of()))));
        return Map.copyOf(scores);
    }
}
