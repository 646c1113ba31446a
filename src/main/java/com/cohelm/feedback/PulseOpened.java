package com.cohelm.feedback;

import java.time.LocalDate;

/**
 * Published inside the transaction that opens a pulse, by a lead or by the cadence; listeners act after commit.
 *
 * @param actorId who opened it, or null when the cadence did
 */
public record PulseOpened(long programId, long pulseId, Long actorId, LocalDate closesOn) {
}
