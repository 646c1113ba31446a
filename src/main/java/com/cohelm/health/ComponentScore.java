package com.cohelm.health;

import java.util.OptionalInt;

/**
 * One input of the score as the breakdown shows it.
 *
 * @param score           0–100, empty when there is no data for it
 * @param weight          its weight in {@link HealthScore#WEIGHTS}
 * @param effectiveWeight the share, 0–1, it really had in the total once the weights of components
 *                        without data were redistributed; 0 when it has no data
 * @param basis           how many things it was computed from (goals, milestones, items, people; 0 for a pulse)
 */
public record ComponentScore(HealthComponent component, OptionalInt score, int weight, double effectiveWeight,
        int basis) {
}
