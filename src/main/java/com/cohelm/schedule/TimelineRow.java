package com.cohelm.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One milestone as {@link ScheduleTimeline} draws it.
 *
 * @param id               the milestone's id; dependencies refer to it
 * @param title            the milestone's title, any text (it is escaped and shortened when drawn)
 * @param baseline         the date in the current baseline
 * @param planned          today's planned date
 * @param done             the date it was done, or null while it is open
 * @param comparedBaseline the date in an earlier baseline version chosen for comparison, or null when nothing
 *                         is compared or the milestone did not exist in that version
 * @param dependsOn        the ids of its predecessors; ids of milestones that are not drawn are ignored, null
 *                         means none
 * @param late             whether the planned date has passed while the milestone is open; the caller decides
 */
public record TimelineRow(long id, String title, LocalDate baseline, LocalDate planned, LocalDate done,
        LocalDate comparedBaseline, List<Long> dependsOn, boolean late) {

    public TimelineRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(planned, "planned");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }
}
