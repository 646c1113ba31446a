package com.cohelm.goal;

import java.util.List;

/** The goals page of a program. */
public record GoalsOverview(long programId, String programName, boolean canCreate, List<GoalSummary> goals) {
}
