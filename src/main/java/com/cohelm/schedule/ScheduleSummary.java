package com.cohelm.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the program overview shows of the schedule. */
public record ScheduleSummary(
        Map<MilestoneStatus, Long> counts,
        Optional<MilestoneRef> nextMilestone,
        List<ContestedSlip> contestedSlips,
        boolean rebaselinePending) {
}
