package com.cohelm.schedule;

import java.util.Set;

/**
 * Published inside the transaction in which the other side acknowledges or contests a slip; listeners act
 * after commit.
 *
 * @param contested         true when contested, false when acknowledged
 * @param concernedPeopleIds who recorded the slip and who owns the milestone
 */
public record SlipAnswered(long programId, long milestoneId, long slipId, String title, boolean contested,
        long actorId, Set<Long> concernedPeopleIds) {

    public SlipAnswered {
        concernedPeopleIds = Set.copyOf(concernedPeopleIds);
    }
}
