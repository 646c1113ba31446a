package com.cohelm.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * What the timeline draws.
 *
 * @param comparedBaseline the baseline version the rows' compared dates come from, or null
 * @param today            the reader's today, where the timeline draws its today line
 */
public record ScheduleTimelineData(List<TimelineRow> rows, List<BaselineVersion> baselines, Integer comparedBaseline,
        LocalDate today) {
}
