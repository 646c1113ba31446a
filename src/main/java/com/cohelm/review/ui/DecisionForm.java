package com.cohelm.review.ui;

import com.cohelm.account.PersonSummary;
import com.cohelm.review.DecisionDraft;

/** What the decision form edits (public only because Binder reads records by reflection). */
public record DecisionForm(String text, PersonSummary supplierAgreed, PersonSummary customerAgreed) {

    static DecisionForm empty() {
        return new DecisionForm("", null, null);
    }

    DecisionDraft toDraft() {
        return new DecisionDraft(text, supplierAgreed.id(), customerAgreed.id());
    }
}
