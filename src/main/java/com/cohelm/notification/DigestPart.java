package com.cohelm.notification;

import java.time.Instant;

/**
 * One digest due for a person, claimed for its period, covering the notifications made since its previous
 * claim (or its length back, the first time).
 */
record DigestPart(Digest digest, String period, Instant since) {
}
