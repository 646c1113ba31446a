package com.cohelm.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A milestone named in passing: a dependency, an affected milestone, a choice in a form, the next milestone.
 *
 * @param late whether its planned date has passed while it is open (in the reader's time zone)
 */
public record MilestoneRef(long id, String title, LocalDate baselineDate, LocalDate plannedDate, boolean done,
        boolean late) {

    /** Days the planned date lies after the baseline: a slip, which is another fact than being late. */
    public long daysSlipped() {
        return Math.max(0, ChronoUnit.DAYS.between(baselineDate, plannedDate));
    }
}
