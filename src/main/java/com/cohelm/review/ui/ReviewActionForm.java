package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.review.ReviewActionDraft;
import java.time.LocalDate;

/** What the review's action form edits (public only because Binder reads records by reflection). */
public record ReviewActionForm(String title, PersonSummary assignee, LocalDate dueDate) {

    static ReviewActionForm empty() {
        return new ReviewActionForm("", null, null);
    }

    ReviewActionDraft toDraft() {
        return new ReviewActionDraft(title, assignee.id(), dueDate);
    }
}
