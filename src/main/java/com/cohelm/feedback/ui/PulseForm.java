package com.cohelm.feedback.ui;

import com.cohelm.feedback.PulseAnswerDraft;
import com.cohelm.feedback.PulseQuestion;
import com.cohelm.feedback.PulseResponseView;
import java.util.EnumMap;

/** One person's pulse answers as the form edits them (public only because Binder reads records by reflection). */
public record PulseForm(Integer communication, Integer responsiveness, Integer quality, Integer schedule,
        Integer specClarity, Integer feedbackSpeed, Integer decisionAccess, Integer recommend, String comment,
        boolean internal) {

    static PulseForm empty() {
        return new PulseForm(null, null, null, null, null, null, null, null, "", false);
    }

    static PulseForm of(PulseResponseView mine) {
        var s = mine.scores();
        return new PulseForm(s.get(PulseQuestion.COMMUNICATION), s.get(PulseQuestion.RESPONSIVENESS),
                s.get(PulseQuestion.QUALITY), s.get(PulseQuestion.SCHEDULE), s.get(PulseQuestion.SPEC_CLARITY),
                s.get(PulseQuestion.FEEDBACK_SPEED), s.get(PulseQuestion.DECISION_ACCESS), mine.recommend(),
                mine.comment() == null ? "" : mine.comment(), mine.internal());
    }

    /** The form's property for a question, as Binder names it. */
    static String property(PulseQuestion question) {
        return switch (question) {
            case COMMUNICATION -> "communication";
            case RESPONSIVENESS -> "responsiveness";
            case QUALITY -> "quality";
            case SCHEDULE -> "schedule";
            case SPEC_CLARITY -> "specClarity";
            case FEEDBACK_SPEED -> "feedbackSpeed";
            case DECISION_ACCESS -> "decisionAccess";
        };
    }

    PulseAnswerDraft toDraft() {
        var scores = new EnumMap<PulseQuestion, Integer>(PulseQuestion.class);
        put(scores, PulseQuestion.COMMUNICATION, communication);
        put(scores, PulseQuestion.RESPONSIVENESS, responsiveness);
        put(scores, PulseQuestion.QUALITY, quality);
        put(scores, PulseQuestion.SCHEDULE, schedule);
        put(scores, PulseQuestion.SPEC_CLARITY, specClarity);
        put(scores, PulseQuestion.FEEDBACK_SPEED, feedbackSpeed);
        put(scores, PulseQuestion.DECISION_ACCESS, decisionAccess);
        return new PulseAnswerDraft(scores, recommend, comment, internal);
    }

    private static void put(EnumMap<PulseQuestion, Integer> scores, PulseQuestion question, Integer score) {
        if (score != null) {
            scores.put(question, score);
        }
    }
}
