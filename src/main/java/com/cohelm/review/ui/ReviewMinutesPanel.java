package com.cohelm.review.ui;

import com.cohelm.action.ui.ActionPages;
import com.cohelm.base.chart.ChartLook;
import com.cohelm.base.ui.Formats;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewFacts;
import com.cohelm.review.ReviewMeetingService;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The item the presenter shows: what it is about, its data (from the other features, or the record once
 * the review is closed), the minutes, decisions and actions captured under it, and the forms to capture
 * more ({@link ReviewCapture}). The data is read again only when another item is shown; the forms keep what
 * is being typed while the rest follows other people's changes.
 */
class ReviewMinutesPanel extends Div {

    private final ReviewFacts reviewFacts;
    private final CurrentUserService currentUser;
    private final Div itemHead = new Div();
    private final Div itemData = new Div();
    private final Div minutes = new Div();
    private final ReviewCapture capture;
    private ReviewDetails review;
    private Long dataShownFor;

    /** @param refresh shows the review as it now is, after something was captured */
    ReviewMinutesPanel(ReviewMeetingService meetingService, ReviewFacts reviewFacts, CurrentUserService currentUser,
            Runnable refresh) {
        this.reviewFacts = reviewFacts;
        this.currentUser = currentUser;
        capture = new ReviewCapture(meetingService, this::currentItemId, refresh);
        itemHead.addClassName("review-item-head");
        itemData.addClassName("review-item-data-holder");
        minutes.addClassName("review-minutes");
        add(itemHead, itemData, minutes, capture);
        addClassName("review-item");
    }

    void show(ReviewDetails details) {
        this.review = details;
        var user = currentUser.require();
        var current = details.currentItem();
        var currentId = current.map(AgendaItemView::id).orElse(null);
        itemHead.removeAll();
        minutes.removeAll();
        current.ifPresent(item -> {
            itemHead.add(ReviewAgendaPanel.kindLabel(this, item), new H3(item.title()));
            for (var line : item.summary(this::getTranslation, getLocale())) {
                var summary = new Paragraph(line);
                summary.addClassName("review-item-summary");
                itemHead.add(summary);
            }
            if (item.detail() != null && !item.custom()) {
                var detail = new Paragraph(item.detail());
                detail.addClassName("review-item-detail");
                itemHead.add(detail);
            }
            minutes(item, user);
        });
        if (current.isEmpty()) {
            itemHead.add(new Paragraph(getTranslation("review.agenda.empty")));
        }
        // the data panel reads other features (or the record): only again when another item is shown
        if (currentId == null || !currentId.equals(dataShownFor)) {
            itemData.removeAll();
            current.ifPresent(item -> itemData.add(new ItemData(item, reviewFacts.item(details.id(), item.id()),
                    details.programId(), details.closedAt(), user.timeZone(), ChartLook.PAGE)));
            dataShownFor = currentId;
        }
        capture.setVisible(details.permissions().capture() && current.isPresent());
        capture.show(details, currentUser.today());
    }

    private void minutes(AgendaItemView item, CurrentUser user) {
        var notes = new Div(new H4(getTranslation("review.minutes")));
        notes.addClassName("review-notes");
        if (item.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("review.minutes.empty")));
        }
        for (var n : item.notes()) {
            var body = new Html(ReviewView.wrap(n.html()));
            var by = new Span(n.author().displayName() + " · " + Formats.dateTime(n.createdAt(), getLocale(), user.timeZone()));
            by.addClassName("review-note-by");
            var entry = new Div(body, by);
            entry.addClassName("review-note");
            notes.add(entry);
        }
        var decisions = new Div(new H4(getTranslation("review.decisions")));
        decisions.addClassName("review-decisions");
        for (var d : item.decisions()) {
            var text = new Span(d.text());
            text.addClassName("review-decision-text");
            var agreed = new Span(getTranslation("review.agreed-by", d.supplierAgreed().displayName(),
                    d.customerAgreed().displayName()));
            agreed.addClassName("review-decision-agreed");
            var entry = new Div(text, agreed);
            entry.addClassName("review-decision");
            decisions.add(entry);
        }
        if (item.decisions().isEmpty()) {
            decisions.add(empty("review.decisions.none"));
        }
        var actions = new Div(new H4(getTranslation("review.actions")));
        actions.addClassName("review-actions");
        for (var a : item.actions()) {
            var entry = new Div(new Anchor(ActionPages.actions(review.programId()) + "?item=" + a.id(), a.title()),
                    new Span(getTranslation("review.action.line", a.assigneeName(),
                            getTranslation("side." + a.assigneeSide().name()), Formats.date(a.dueDate(), getLocale()))));
            entry.addClassName("review-action");
            actions.add(entry);
        }
        if (item.actions().isEmpty()) {
            actions.add(empty("review.actions.none"));
        }
        minutes.add(notes, decisions, actions);
    }

    private Paragraph empty(String key) {
        var text = new Paragraph(getTranslation(key));
        text.addClassName("empty-state");
        return text;
    }

    private Long currentItemId() {
        return review.currentItem().map(AgendaItemView::id).orElseThrow();
    }
}
