package com.cohelm.health;

import com.cohelm.security.Side;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which side carries the relationship, and where: each side's own score (its responsiveness, the pulse
 * about it, its engagement and the milestones it owns) and the comparison per area.
 *
 * @param carrier the side ahead by more than {@link HealthScore#BALANCE_MARGIN} points, empty when the two
 *                are level or a side has no data
 * @param areas   per area, both sides' scores and the gap (supplier minus customer) where both have data
 */
public record SideBalance(OptionalInt supplier, OptionalInt customer, Optional<Side> carrier, List<AreaBalance> areas) {

    /** One area compared between the sides. */
    public record AreaBalance(HealthArea area, OptionalInt supplier, OptionalInt customer) {

        /** The supplier's score minus the customer's, when both have data. */
        public OptionalInt gap() {
            return supplier.isPresent() && customer.isPresent()
                    ? OptionalInt.of(supplier.getAsInt() - customer.getAsInt()) : OptionalInt.empty();
        }
    }

    /**
     * The area where the carrier is furthest ahead of the other side, with that area's own scores: what "carries
     * the relationship, most in …" names. Empty when no side carries it or it is ahead in no area with data on
     * both sides.
     */
    public Optional<AreaBalance> carrierLead() {
        return carrier.flatMap(side -> areas.stream().filter(a -> a.gap().isPresent())
                .filter(a -> side == Side.SUPPLIER ? a.gap().getAsInt() > 0 : a.gap().getAsInt() < 0)
                .max(java.util.Comparator.comparingInt(a -> Math.abs(a.gap().getAsInt()))));
    }

    /** The area where the sides differ most, if any area has data on both sides. */
    public Optional<AreaBalance> widestGap() {
        return areas.stream().filter(a -> a.gap().isPresent())
                .max(java.util.Comparator.comparingInt(a -> Math.abs(a.gap().getAsInt())));
    }
}
