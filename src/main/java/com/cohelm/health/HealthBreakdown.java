package com.cohelm.health;

import java.util.List;
import java.util.OptionalInt;

/**
 * A program's relationship health: the score 0–100 (empty when no component has data), every component
 * as it counted, and the balance between the sides.
 */
public record HealthBreakdown(OptionalInt score, List<ComponentScore> components, SideBalance balance) {

    public ComponentScore component(HealthComponent component) {
        return components.stream().filter(c -> c.component() == component).findFirst().orElseThrow();
    }

    /** The band the score falls in, for colours and the portfolio filter. */
    public HealthBand band() {
        return HealthBand.of(score);
    }
}
