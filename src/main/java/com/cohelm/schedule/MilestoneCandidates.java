package com.cohelm.schedule;

import com.cohelm.account.PersonSummary;
import com.cohelm.goal.GoalRef;
import java.util.List;

/** The choices a milestone form offers: owners on each side, other milestones, the program's goals. */
public record MilestoneCandidates(
        List<PersonSummary> supplierPeople,
        List<PersonSummary> customerPeople,
        List<MilestoneRef> milestones,
        List<GoalRef> goals) {
}
