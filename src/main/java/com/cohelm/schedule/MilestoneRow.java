package com.cohelm.schedule;

import com.cohelm.account.PersonSummary;
import java.time.LocalDate;

/**
 * One line of the schedule.
 *
 * @param daysSlipped    days the planned (or done) date lies after the baseline
 * @param openSlipState  the other side's stand on the latest slip not yet settled, or null
 */
public record MilestoneRow(
        long id,
        long version,
        String title,
        OwnerSide ownerSide,
        PersonSummary owner,
        LocalDate baselineDate,
        LocalDate plannedDate,
        LocalDate doneDate,
        long daysSlipped,
        MilestoneStatus status,
        SlipState openSlipState) {
}
