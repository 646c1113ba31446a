package com.cohelm.action;

import com.cohelm.security.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How fast each side of a program responds, over the last {@link #WINDOW_DAYS} days. Pure and
 * deterministic: the same samples and instant always give the same figures, and every reader (of
 * either side, in any time zone) gets them, because days are counted in UTC.
 *
 * <ul>
 * <li>The side that responds is the assignee's: for a question, the side it was addressed to.</li>
 * <li><b>Time to answer</b> counts questions answered in the window; <b>time to close</b> counts every
 * item (questions included) closed in the window. The median is taken from creation to answer or close.</li>
 * <li><b>On time</b> means answered (or closed) on or before the due date's UTC day. Items still open
 * whose due date passed in the window count as late in the share: a side that never answers must not
 * look punctual. They have no duration yet, so they stay out of the median.</li>
 * </ul>
 * See {@code docs/decisions/0007-responsiveness-per-side.md}.
 */
public final class Responsiveness {

    public static final int WINDOW_DAYS = 90;

    private Responsiveness() {
    }

    /** The first instant of the window that ends at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(Duration.ofDays(WINDOW_DAYS));
    }

    /** Both sides' figures, supplier first; a side with no samples gets empty figures. */
    public static List<SideResponsiveness> compute(Collection<ResponseSample> samples, Instant now) {
        Objects.requireNonNull(samples, "samples");
        Objects.requireNonNull(now, "now");
        var result = new ArrayList<SideResponsiveness>();
        for (var side : Side.values()) {
            var ofSide = samples.stream().filter(s -> s.side() == side).toList();
            result.add(new SideResponsiveness(side,
                    figure(ofSide.stream().filter(ResponseSample::question).toList(), ResponseSample::answeredAt, now),
                    figure(ofSide, ResponseSample::closedAt, now)));
        }
        return List.copyOf(result);
    }

    private static ResponseFigure figure(List<ResponseSample> samples, Function<ResponseSample, Instant> respondedAt,
            Instant now) {
        var since = windowStart(now);
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        var sinceDay = LocalDate.ofInstant(since, ZoneOffset.UTC);
        Predicate<ResponseSample> responded = s -> respondedAt.apply(s) != null
                && !respondedAt.apply(s).isBefore(since) && !respondedAt.apply(s).isAfter(now);
        Predicate<ResponseSample> overdueOpen = s -> s.closedAt() == null && s.dueDate().isBefore(today)
                && !s.dueDate().isBefore(sinceDay);
        var done = samples.stream().filter(responded).toList();
        var late = (int) samples.stream().filter(overdueOpen).count();
        var durations = done.stream().map(s -> Duration.between(s.createdAt(), respondedAt.apply(s))).sorted().toList();
        var onTime = done.stream()
                .filter(s -> !LocalDate.ofInstant(respondedAt.apply(s), ZoneOffset.UTC).isAfter(s.dueDate())).count();
        var counted = done.size() + late;
        return new ResponseFigure(done.size(), late, median(durations),
                counted == 0 ? Optional.empty() : Optional.of((double) onTime / counted));
    }

    /** The middle duration, or the mean of the two middle ones; {@code sorted} is in ascending order. */
    static Optional<Duration> median(List<Duration> sorted) {
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2));
    }
}
