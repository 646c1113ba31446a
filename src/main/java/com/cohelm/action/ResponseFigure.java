package com.cohelm.action;

import java.time.Duration;
import java.util.Optional;

/**
 * How fast one side answered (or closed) over the window.
 *
 * @param responded   how many it answered or closed in the window
 * @param overdueOpen how many whose due date passed in the window are still open (late, no duration yet)
 * @param median      the median time from creation to answer or close; empty when none was
 * @param onTimeShare the share, 0 to 1, of responded and overdue-open items responded on or before the due
 *                    date; empty when there are none
 */
public record ResponseFigure(int responded, int overdueOpen, Optional<Duration> median, Optional<Double> onTimeShare) {

    public boolean isEmpty() {
        return responded == 0 && overdueOpen == 0;
    }
}
