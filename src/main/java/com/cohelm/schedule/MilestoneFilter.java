package com.cohelm.schedule;

/** Which milestones the list shows: all, or those of one status. */
public record MilestoneFilter(MilestoneStatus status) {

    public static MilestoneFilter all() {
        return new MilestoneFilter(null);
    }
}
