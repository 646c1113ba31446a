package com.cohelm.schedule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The head of the schedule page: counts per status, the baseline versions, the proposal waiting for an
 * answer and the latest decided ones, and what the reader may do.
 *
 * @param canCreate  leads and supplier admins add milestones
 * @param canPropose the reader leads a side (or is a supplier admin) and may propose a re-baseline
 */
public record ScheduleOverview(
        long programId,
        String programName,
        Map<MilestoneStatus, Long> counts,
        List<BaselineVersion> baselines,
        Optional<ProposalView> pendingProposal,
        List<ProposalView> decidedProposals,
        List<ContestedSlip> contestedSlips,
        boolean canCreate,
        boolean canPropose) {

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
