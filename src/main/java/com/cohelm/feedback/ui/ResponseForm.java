package com.cohelm.feedback.ui;

import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackResponseDraft;
import com.cohelm.feedback.FeedbackStatus;

/** The addressed side's response (public only because Binder reads records by reflection). */
public record ResponseForm(FeedbackStatus status, String response, String declineReason, String learned) {

    static ResponseForm of(FeedbackItemView item) {
        return new ResponseForm(item.status() == FeedbackStatus.OPEN ? FeedbackStatus.ACKNOWLEDGED : item.status(),
                text(item.response()), text(item.declineReason()), text(item.learned()));
    }

    FeedbackResponseDraft toDraft() {
        return new FeedbackResponseDraft(status, response, declineReason, learned);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
