package com.cohelm.feedback;

import java.time.Instant;
import java.util.Map;

/** The reader's own answers to a pulse, to edit until it closes. */
public record PulseResponseView(long pulseId, Map<PulseQuestion, Integer> scores, Integer recommend, String comment,
        boolean internal, Instant updatedAt, long version) {

    public PulseAnswerDraft toDraft() {
        return new PulseAnswerDraft(scores, recommend, comment, internal);
    }
}
