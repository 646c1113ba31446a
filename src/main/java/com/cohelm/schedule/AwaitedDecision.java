package com.cohelm.schedule;

import java.time.Instant;

/**
 * A schedule decision waiting on the reader: a re-baseline proposal they decide as the other side's lead,
 * or a slip the other side reported that they answer for their side as its lead.
 *
 * @param milestoneId the slipped milestone, or null for a proposal
 * @param title       the milestone's title, or the proposal's reason
 */
public record AwaitedDecision(Kind kind, long programId, String programName, long id, Long milestoneId, String title,
        Instant since) {

    public enum Kind {
        REBASELINE,
        SLIP
    }
}
