package com.cohelm.feedback;

/**
 * Published inside the transaction in which a pulse's results become visible to both sides (both sides
 * answered, or it closed); listeners act after commit.
 *
 * @param actorId who closed it, or null when the answers or the cadence revealed it
 */
public record PulseRevealed(long programId, long pulseId, Long actorId) {
}
