package com.cohelm.schedule;

import java.util.List;
import java.util.Map;

/**
 * What the home page shows of the schedule.
 *
 * @param dueSoon       open milestones due soon or already late, soonest first
 * @param nextByProgram each visible program's next open milestone, by program id
 */
public record HomeSchedule(List<UpcomingMilestone> dueSoon, Map<Long, MilestoneRef> nextByProgram) {
}
