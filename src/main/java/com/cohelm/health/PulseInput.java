package com.cohelm.health;

import java.util.Collection;
import java.util.Map;

/**
 * Where health gets the pulse scores of each side. Pulses belong to the feedback feature; until it
 * provides a bean of this type, {@link NoPulseInput} answers "no data" and the pulse components' weights
 * go to the other components (see {@link HealthScore}). Wiring the feedback feature is one adapter
 * bean: {@code PulseScoreSource#latestRevealed(ids)} mapped to {@link PulseReading}.
 */
public interface PulseInput {

    /** The latest revealed pulse per program; programs without one may be missing from the map. */
    Map<Long, PulseReading> latest(Collection<Long> programIds);
}
