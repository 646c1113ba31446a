package com.cohelm.feedback;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One person's answers to a pulse: a 1–5 score for each question of their side, for customers also the
 * 0–10 likelihood to recommend; a supplier member may mark the answers internal (never shown to the customer).
 */
public record PulseAnswerDraft(
        @NotNull Map<PulseQuestion, Integer> scores,
        Integer recommend,
        @Size(max = 2000) String comment,
        boolean internal) {
}
