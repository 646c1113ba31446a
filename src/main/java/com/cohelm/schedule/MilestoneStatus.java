package com.cohelm.schedule;

import java.time.LocalDate;

/**
 * Where a milestone stands today, derived from its dates, in the order the schedule lists them: what is
 * late first, then what slipped but can still be met, then what is on plan, then what is done.
 */
public enum MilestoneStatus {
    LATE,
    SLIPPED,
    ON_PLAN,
    DONE;

    static MilestoneStatus of(LocalDate baseline, LocalDate planned, LocalDate done, LocalDate today) {
        if (done != null) {
            return DONE;
        }
        if (planned.isBefore(today)) {
            return LATE;
        }
        return planned.isAfter(baseline) ? SLIPPED : ON_PLAN;
    }
}
