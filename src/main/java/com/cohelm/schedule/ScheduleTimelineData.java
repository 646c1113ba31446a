package com.cohelm.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline draws.
 *
 * @param comparedBaseline the baseline version the rows' compared dates come from, or null
 * @param today            the reader's today, where the timeline draws its today line
 * @param programStart     the program's start: with its target end, the window the timeline draws around
 * @param programEnd       the program's target end
 */
public record ScheduleTimelineData(List<TimelineRow> rows, List<BaselineVersion> baselines, Integer comparedBaseline,
        LocalDate today, LocalDate programStart, LocalDate programEnd) {
}
