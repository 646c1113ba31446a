package com.cohelm.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pulse as the reader may see it. Until it is revealed nobody sees the other side's answers: only
 * how many people of each side answered, and one's own answers.
 *
 * @param customerAnswered how many customer people answered
 * @param supplierAnswered how many supplier people answered, among those the reader may see
 * @param mine             the reader's own answers, or null
 * @param result           null until revealed
 * @param comments         empty until revealed
 * @param internalAnswers  how many of the answers counted in the result are supplier-internal: they are in
 *                         a supplier reader's figures and never in a customer's, so the two sides' figures
 *                         can differ; always 0 for a customer reader
 */
public record PulseView(
        long id,
        String title,
        Instant openedAt,
        LocalDate closesOn,
        Instant closedAt,
        Instant revealedAt,
        boolean acceptsAnswers,
        int customerAnswered,
        int supplierAnswered,
        PulseResponseView mine,
        PulseResult result,
        List<PulseComment> comments,
        int internalAnswers,
        long version) {

    public boolean open() {
        return closedAt == null;
    }

    public boolean revealed() {
        return revealedAt != null;
    }
}
