package com.cohelm.schedule;

/**
 * Published inside the transaction that makes a re-baseline proposal; listeners act after commit.
 *
 * @param deciderId the other side's lead, who accepts or declines it
 */
public record RebaselineProposed(long programId, long proposalId, String reason, long actorId, long deciderId) {
}
