package com.cohelm.health;

import java.util.Collection;
import java.util.Map;

/**
 * Where health gets the pulse scores of each side: the feedback feature's latest revealed pulses
 * ({@link FeedbackPulses}). A program without one has no pulse data, and the pulse components' weights go
 * to the other components (see {@link HealthScore}).
 */
public interface PulseInput {

    /** The latest revealed pulse per program; programs without one may be missing from the map. */
    Map<Long, PulseReading> latest(Collection<Long> programIds);
}
