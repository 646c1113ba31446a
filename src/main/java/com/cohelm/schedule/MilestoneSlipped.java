package com.cohelm.schedule;

import java.util.Set;

/**
 * Published inside the transaction that records a slip; listeners act after commit.
 *
 * @param concernedOwnerIds the slipped milestone's owner and the owners of the open milestones that wait on it
 */
public record MilestoneSlipped(long programId, long milestoneId, String title, long actorId,
        Set<Long> concernedOwnerIds) {

    public MilestoneSlipped {
        concernedOwnerIds = Set.copyOf(concernedOwnerIds);
    }
}
