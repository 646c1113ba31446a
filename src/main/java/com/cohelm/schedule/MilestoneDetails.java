package com.cohelm.schedule;

import com.cohelm.base.DateRange;
import com.cohelm.goal.GoalRef;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One milestone with everything both sides see about it.
 *
 * @param affected  open milestones that depend on this one, directly or through others
 * @param canEdit   leads, supplier admins and the milestone's owner change it and mark it done
 */
public record MilestoneDetails(
        long programId,
        String programName,
        MilestoneRow row,
        String description,
        List<MilestoneRef> dependsOn,
        List<MilestoneRef> affected,
        List<GoalRef> goals,
        List<SlipView> slips,
        List<DateChangeView> history,
        boolean canEdit,
        boolean canContribute,
        /* the days its dates may take: within a year of the program's dates (decision 0033) */
        DateRange allowedDates) {

    /** The draft an edit form starts from. */
    public MilestoneDraft toDraft() {
        return new MilestoneDraft(row.title(), description, row.ownerSide(), row.owner().id(), row.baselineDate(),
                row.plannedDate(), dependsOn.stream().map(MilestoneRef::id).collect(Collectors.toSet()),
                goals.stream().map(GoalRef::id).collect(Collectors.toSet()), null);
    }
}
