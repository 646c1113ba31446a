package com.cohelm.health;

import com.cohelm.action.ResponseFigure;
import com.cohelm.action.SideResponsiveness;
import com.cohelm.health.HealthInputs.MilestoneFact;
import com.cohelm.health.SideBalance.AreaBalance;
import com.cohelm.security.Side;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The relationship health of a program: a pure function of {@link HealthInputs}, so the same inputs always
 * give the same score, for every reader of either side. The weights below are the only place they are
 * written; README's "Relationship health" section explains them.
 *
 * <ul>
 * <li>Each component scores 0–100 from its own data, or has no data.</li>
 * <li>The score is the weighted mean of the components that have data: the weights of components without
 * data are redistributed in proportion to the others, so a program without pulses (or goals) is neither
 * punished nor flattered for it. No data at all gives no score.</li>
 * <li>The balance compares each side's own components: its responsiveness, the pulse about it, its
 * engagement, and the milestones it owns (joint milestones and goals belong to nobody).</li>
 * </ul>
 * See {@code docs/decisions/0014-relationship-health.md}.
 */
public final class HealthScore {

    /** The weights, summing to 100. */
    public static final Map<HealthComponent, Integer> WEIGHTS = weights();
    /** A milestone loses all of its on-time score once it slipped this many days past its baseline. */
    public static final int SLIP_DAYS_TO_ZERO = 30;
    /** A side counts as fully engaged once this share of its program members was active in the window. */
    public static final double FULL_ENGAGEMENT = 0.6;
    /** Engagement counts what people did in the program in this many days. */
    public static final int ENGAGEMENT_DAYS = 30;
    /** A side carries the relationship when its own score is ahead by more than this many points. */
    public static final int BALANCE_MARGIN = 10;

    private HealthScore() {
    }

    private static Map<HealthComponent, Integer> weights() {
        var weights = new EnumMap<HealthComponent, Integer>(HealthComponent.class);
        weights.put(HealthComponent.GOALS, 20);
        weights.put(HealthComponent.SCHEDULE, 20);
        weights.put(HealthComponent.SUPPLIER_RESPONSIVENESS, 12);
        weights.put(HealthComponent.CUSTOMER_RESPONSIVENESS, 12);
        weights.put(HealthComponent.SUPPLIER_PULSE, 10);
        weights.put(HealthComponent.CUSTOMER_PULSE, 10);
        weights.put(HealthComponent.SUPPLIER_ENGAGEMENT, 8);
        weights.put(HealthComponent.CUSTOMER_ENGAGEMENT, 8);
        return java.util.Collections.unmodifiableMap(weights);
    }

    public static HealthBreakdown compute(HealthInputs inputs) {
        Objects.requireNonNull(inputs, "inputs");
        var raw = new EnumMap<HealthComponent, Raw>(HealthComponent.class);
        raw.put(HealthComponent.GOALS, goals(inputs));
        raw.put(HealthComponent.SCHEDULE, schedule(inputs.milestones(), inputs, null));
        for (var side : Side.values()) {
            raw.put(component(side, HealthArea.RESPONSIVENESS), responsiveness(inputs, side));
            raw.put(component(side, HealthArea.PULSE), pulse(inputs.pulse(), side));
            raw.put(component(side, HealthArea.ENGAGEMENT), engagement(inputs, side));
        }
        int weightWithData = raw.entrySet().stream().filter(e -> e.getValue().score().isPresent())
                .mapToInt(e -> WEIGHTS.get(e.getKey())).sum();
        var components = new ArrayList<ComponentScore>();
        double total = 0;
        for (var component : HealthComponent.values()) {
            var r = raw.get(component);
            int weight = WEIGHTS.get(component);
            double effective = r.score().isPresent() ? (double) weight / weightWithData : 0;
            if (r.score().isPresent()) {
                total += r.score().getAsDouble() * effective;
            }
            components.add(new ComponentScore(component, round(r.score()), weight, effective, r.basis()));
        }
        var score = weightWithData == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(total));
        return new HealthBreakdown(score, List.copyOf(components), balance(inputs, raw));
    }

    private static HealthComponent component(Side side, HealthArea area) {
        for (var c : HealthComponent.values()) {
            if (c.side() == side && c.area() == area) {
                return c;
            }
        }
        throw new IllegalArgumentException(side + " " + area);
    }

    private record Raw(OptionalDouble score, int basis) {
        static final Raw NONE = new Raw(OptionalDouble.empty(), 0);
    }

    private static Raw goals(HealthInputs inputs) {
        var counted = inputs.goals().stream().filter(g -> !"DROPPED".equals(g.status())).toList();
        if (counted.isEmpty()) {
            return Raw.NONE;
        }
        double sum = counted.stream().mapToDouble(g -> switch (g.status()) {
            case "ON_TRACK", "ACHIEVED" -> 1.0;
            case "AT_RISK" -> 0.5;
            default -> 0.0;
        }).sum();
        return new Raw(OptionalDouble.of(100 * sum / counted.size()), counted.size());
    }

    /**
     * Each milestone scores 1 on time and loses {@code 1/SLIP_DAYS_TO_ZERO} per day past its baseline: when it
     * was done, or else the later of its plan and today (a late open milestone keeps slipping every day).
     * Only milestones owned by {@code owner} count, or all of them when it is null.
     */
    private static Raw schedule(List<MilestoneFact> milestones, HealthInputs inputs, Side owner) {
        var counted = milestones.stream().filter(m -> owner == null || owner.name().equals(m.ownerSide())).toList();
        if (counted.isEmpty()) {
            return Raw.NONE;
        }
        double sum = counted.stream().mapToDouble(m -> {
            long slip = Math.max(0, slipDays(m, inputs));
            return Math.max(0, 1 - (double) slip / SLIP_DAYS_TO_ZERO);
        }).sum();
        return new Raw(OptionalDouble.of(100 * sum / counted.size()), counted.size());
    }

    /** Days past the baseline: done late, planned late, or open past its plan. */
    static long slipDays(MilestoneFact milestone, HealthInputs inputs) {
        var finish = milestone.done() != null ? milestone.done()
                : milestone.planned().isBefore(inputs.today()) ? inputs.today() : milestone.planned();
        return ChronoUnit.DAYS.between(milestone.baseline(), finish);
    }

    /** The share done on time of everything the side closed (answers included), or was late on, in 90 days. */
    private static Raw responsiveness(HealthInputs inputs, Side side) {
        return inputs.responsiveness().stream().filter(r -> r.side() == side).findFirst()
                .map(SideResponsiveness::closing)
                .filter(f -> f.onTimeShare().isPresent())
                .map(f -> new Raw(OptionalDouble.of(100 * f.onTimeShare().get()), basis(f)))
                .orElse(Raw.NONE);
    }

    private static int basis(ResponseFigure figure) {
        return figure.responded() + figure.overdueOpen();
    }

    /** A rating of 1 scores 0, a rating of 5 scores 100. The supplier is rated by the customer, and back. */
    private static Raw pulse(PulseReading pulse, Side side) {
        var rating = side == Side.SUPPLIER ? pulse.customerRatingOfSupplier() : pulse.supplierRatingOfCollaboration();
        if (rating == null) {
            return Raw.NONE;
        }
        double clamped = Math.max(1, Math.min(5, rating));
        return new Raw(OptionalDouble.of(100 * (clamped - 1) / 4), 0);
    }

    private static Raw engagement(HealthInputs inputs, Side side) {
        var engagement = inputs.engagement().get(side);
        if (engagement == null || engagement.members() == 0) {
            return Raw.NONE;
        }
        double share = (double) Math.min(engagement.active(), engagement.members()) / engagement.members();
        return new Raw(OptionalDouble.of(100 * Math.min(1, share / FULL_ENGAGEMENT)), engagement.members());
    }

    private static SideBalance balance(HealthInputs inputs, Map<HealthComponent, Raw> raw) {
        var areas = new ArrayList<AreaBalance>();
        var sideTotals = new EnumMap<Side, double[]>(Side.class);
        for (var side : Side.values()) {
            sideTotals.put(side, new double[2]);
        }
        for (var area : HealthArea.values()) {
            if (area == HealthArea.GOALS) {
                continue;
            }
            var perSide = new EnumMap<Side, Raw>(Side.class);
            for (var side : Side.values()) {
                var r = area == HealthArea.SCHEDULE ? schedule(inputs.milestones(), inputs, side)
                        : raw.get(component(side, area));
                perSide.put(side, r);
                if (r.score().isPresent()) {
                    // a side's own milestones weigh like the joint schedule's share of one side
                    int weight = area == HealthArea.SCHEDULE ? WEIGHTS.get(HealthComponent.SCHEDULE) / 2
                            : WEIGHTS.get(component(side, area));
                    sideTotals.get(side)[0] += r.score().getAsDouble() * weight;
                    sideTotals.get(side)[1] += weight;
                }
            }
            areas.add(new AreaBalance(area, round(perSide.get(Side.SUPPLIER).score()),
                    round(perSide.get(Side.CUSTOMER).score())));
        }
        var supplier = sideScore(sideTotals.get(Side.SUPPLIER));
        var customer = sideScore(sideTotals.get(Side.CUSTOMER));
        Optional<Side> carrier = Optional.empty();
        if (supplier.isPresent() && customer.isPresent()) {
            int gap = supplier.getAsInt() - customer.getAsInt();
            if (gap > BALANCE_MARGIN) {
                carrier = Optional.of(Side.SUPPLIER);
            } else if (-gap > BALANCE_MARGIN) {
                carrier = Optional.of(Side.CUSTOMER);
            }
        }
        return new SideBalance(supplier, customer, carrier, List.copyOf(areas));
    }

    private static OptionalInt sideScore(double[] totals) {
        return totals[1] == 0 ? OptionalInt.empty() : OptionalInt.of((int) Math.round(totals[0] / totals[1]));
    }

    private static OptionalInt round(OptionalDouble value) {
        return value.isPresent() ? OptionalInt.of((int) Math.round(value.getAsDouble())) : OptionalInt.empty();
    }
}
