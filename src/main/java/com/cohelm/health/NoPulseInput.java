package com.cohelm.health;

import java.util.Collection;
import java.util.Map;

/**
 * No pulse source yet: every program has no pulse data, so the pulse components' weights go to the
 * others. Used while no {@link PulseInput} bean exists.
 */
final class NoPulseInput implements PulseInput {

    @Override
    public Map<Long, PulseReading> latest(Collection<Long> programIds) {
        return Map.of();
    }
}
