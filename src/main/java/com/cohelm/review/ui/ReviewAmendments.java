package com.cohelm.review.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewClosingService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.util.function.Predicate;

/**
 * A closed review's amendments, each with its author and time, and the field to append one. Made once per page:
 * the field keeps what is being typed while others' amendments arrive.
 */
class ReviewAmendments extends Div {

    private final TextArea amendment = new TextArea();

    ReviewAmendments() {
        addClassName("review-amendments");
        amendment.setLabel(getTranslation("review.amendment"));
        amendment.setHelperText(getTranslation("review.note.help"));
        amendment.setWidthFull();
    }

    void show(ReviewDetails review, ZoneId zone, ReviewClosingService closingService, Predicate<Runnable> act) {
        removeAll();
        if (review.closedAt() == null) {
            setVisible(false);
            return;
        }
        setVisible(true);
        add(new H3(getTranslation("review.amendments")), new Paragraph(getTranslation("review.closed-record")));
        for (var a : review.amendments()) {
            var entry = new Div(new Html(ReviewView.wrap(a.html())), new Span(a.author().displayName() + " · "
                    + Formats.dateTime(a.createdAt(), getLocale(), zone)));
            entry.addClassName("review-amendment");
            add(entry);
        }
        if (review.amendments().isEmpty()) {
            var none = new Paragraph(getTranslation("review.amendments.none"));
            none.addClassName("empty-state");
            add(none);
        }
        if (review.permissions().amend()) {
            var append = new Button(getTranslation("review.amend"), e -> {
                if (amendment.getValue().isBlank()) {
                    amendment.setErrorMessage(getTranslation("validation.required"));
                    amendment.setInvalid(true);
                    return;
                }
                if (act.test(() -> closingService.amend(review.id(), amendment.getValue()))) {
                    amendment.clear();
                    amendment.setInvalid(false);
                }
            });
            add(amendment, append);
        }
    }
}
