package com.cohelm.review;

import com.cohelm.account.PersonSummary;
import java.time.Instant;

/** A decision and who agreed to it on each side. */
public record DecisionView(long id, long itemId, String text, PersonSummary supplierAgreed,
        PersonSummary customerAgreed, PersonSummary recordedBy, Instant recordedAt) {
}
