package com.cohelm.goal;

/** Where a joint goal stands. Suggested from the measurements, confirmed by an owner with a reason. */
public enum GoalStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    ACHIEVED,
    DROPPED
}
