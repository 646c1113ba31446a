package com.cohelm.schedule;

import com.cohelm.security.Side;
import java.time.Instant;
import java.util.List;

/**
 * A re-baseline proposal and what the reader may do with it.
 *
 * @param canDecide   the reader is the lead of the side that did not propose
 * @param canWithdraw the reader proposed it, or leads the proposing side
 */
public record ProposalView(
        long id,
        long version,
        String reason,
        String proposedBy,
        Side proposerSide,
        Instant proposedAt,
        ProposalState state,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        List<ProposalItemView> items,
        boolean canDecide,
        boolean canWithdraw) {
}
