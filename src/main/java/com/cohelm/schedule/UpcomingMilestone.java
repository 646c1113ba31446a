package com.cohelm.schedule;

import java.time.LocalDate;

/**
 * A milestone due soon in one of the reader's programs, for the home page.
 *
 * @param daysSlipped days its planned date lies after its baseline: shown beside "Late", another fact
 */
public record UpcomingMilestone(long programId, String programName, long milestoneId, String title,
        LocalDate plannedDate, OwnerSide ownerSide, MilestoneStatus status, long daysSlipped) {
}
