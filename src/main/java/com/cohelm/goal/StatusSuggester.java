package com.cohelm.goal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Suggests a goal status from the measurements of its KPI. Pure and deterministic: the same KPI,
 * measurements and day always give the same suggestion. An owner confirms or overrides it.
 *
 * <p>The rules, in order:
 * <ol>
 * <li>No suggestion when there are fewer than 3 measurements, when they all fall on the same date, or when
 * the target equals the baseline (there is no distance to travel).</li>
 * <li>"Met" depends on the direction: {@link KpiDirection#UP} means value &ge; target,
 * {@link KpiDirection#DOWN} means value &le; target.</li>
 * <li>The projection is a least-squares line through the measurements (value against days since the
 * first measurement), evaluated at {@link Kpi#targetDate()}, rounded to 4 decimals (HALF_UP) without
 * trailing zeros. Every suggestion carries it. For a share in per cent ({@link Kpi#isShare()}, e.g. a yield) it
 * never passes 100 nor falls below 0: a yield of 100.3 % cannot happen, whatever the trend says.</li>
 * <li>{@link GoalStatus#ACHIEVED} when the latest measurement (by date; on a tie, the last one in list
 * order) meets the target.</li>
 * <li>{@link GoalStatus#OFF_TRACK} when the target date is before {@code today} and the target is not met:
 * time is up, whatever the trend says.</li>
 * <li>{@link GoalStatus#ON_TRACK} when the projection meets the target.</li>
 * <li>{@link GoalStatus#AT_RISK} when the projection falls short of the target by at most
 * {@link #AT_RISK_MARGIN} of |target &minus; baseline|; {@link GoalStatus#OFF_TRACK} beyond that.</li>
 * <li>Never {@link GoalStatus#DROPPED}: only people drop a goal.</li>
 * </ol>
 * See {@code docs/decisions/0006-goal-status-suggestion.md}.
 */
public final class StatusSuggester {

    /** The share of the distance from baseline to target by which a projection may fall short and still be AT_RISK. */
    public static final double AT_RISK_MARGIN = 0.10;

    /** Fewer measurements than this give no suggestion: two points always make a perfect line. */
    private static final int MIN_MEASUREMENTS = 3;

    private static final int SCALE = 4;

    private StatusSuggester() {
    }

    /**
     * Suggests a status for a KPI.
     *
     * @param kpi          the KPI, with a baseline, a target, a direction and a target date
     * @param measurements the measured values, in any order (no null elements)
     * @param today        the day the suggestion is for; decides whether the target date has passed
     * @return the suggested status and projection, or empty when the measurements say nothing yet
     */
    public static Optional<StatusSuggestion> suggest(Kpi kpi, List<MeasurementPoint> measurements, LocalDate today) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(measurements, "measurements");
        Objects.requireNonNull(today, "today");
        BigDecimal baseline = kpi.baseline();
        BigDecimal target = kpi.target();
        if (measurements.size() < MIN_MEASUREMENTS || baseline.compareTo(target) == 0) {
            return Optional.empty();
        }
        List<MeasurementPoint> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparing(MeasurementPoint::date)); // stable: ties keep list order
        LocalDate first = sorted.getFirst().date();
        MeasurementPoint latest = sorted.getLast();
        if (first.equals(latest.date())) {
            return Optional.empty();
        }

        BigDecimal projected = kpi.bounded(project(sorted, first, kpi.targetDate()));
        GoalStatus status;
        if (meets(kpi.direction(), latest.value(), target)) {
            status = GoalStatus.ACHIEVED;
        } else if (kpi.targetDate().isBefore(today)) {
            status = GoalStatus.OFF_TRACK;
        } else if (meets(kpi.direction(), projected, target)) {
            status = GoalStatus.ON_TRACK;
        } else {
            BigDecimal shortfall = projected.subtract(target).abs();
            BigDecimal margin = target.subtract(baseline).abs().multiply(BigDecimal.valueOf(AT_RISK_MARGIN));
            status = shortfall.compareTo(margin) <= 0 ? GoalStatus.AT_RISK : GoalStatus.OFF_TRACK;
        }
        return Optional.of(new StatusSuggestion(status, projected));
    }

    /** Whether a value meets the target in the KPI's direction. */
    static boolean meets(KpiDirection direction, BigDecimal value, BigDecimal target) {
        int comparison = value.compareTo(target);
        return direction == KpiDirection.UP ? comparison >= 0 : comparison <= 0;
    }

    /** The least-squares line through the points (x in days since {@code first}) evaluated at {@code day}. */
    private static BigDecimal project(List<MeasurementPoint> points, LocalDate first, LocalDate day) {
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            x[i] = ChronoUnit.DAYS.between(first, points.get(i).date());
            y[i] = points.get(i).value().doubleValue();
            meanX += x[i];
            meanY += y[i];
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxy / sxx; // sxx > 0: at least two distinct dates
        double value = meanY + slope * (ChronoUnit.DAYS.between(first, day) - meanX);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
