package com.cohelm.feedback.ui;

import com.cohelm.action.ui.ActionPages;
import com.cohelm.base.ui.Cards;
import com.cohelm.base.ui.Formats;
import com.cohelm.account.ui.PersonLabel;
import com.cohelm.feedback.FeedbackItemView;
import com.cohelm.feedback.FeedbackPage;
import com.cohelm.feedback.FeedbackRevisionView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;

/**
 * One feedback item in full: what was said and by whom (as the reader may know), what it is about, the
 * addressed side's response, the action it became, and every earlier wording.
 */
class FeedbackItemDialog extends Dialog {

    /** @param thread the item's comment thread; criticism stays in the item whatever happens to a comment */
    FeedbackItemDialog(FeedbackPage page, FeedbackItemView item, List<FeedbackRevisionView> history, ZoneId zone,
            Component thread) {
        addClassName("feedback-item-dialog");
        setHeaderTitle(item.title());
        setWidth("min(44rem, 100vw)");
        var locale = getLocale();
        var meta = new Div(FeedbackCells.kind(this, item.kind()), FeedbackCells.status(this, item.status()),
                new Span(getTranslation("feedback.from-to", item.fromName(), page.nameOf(item.toSide()))));
        meta.addClassName("feedback-meta");
        var body = new Paragraph(item.body());
        body.addClassName("feedback-body");
        add(meta, Cards.labelled(getTranslation("feedback.author"), FeedbackCells.author(this, item)), body);
        FeedbackCells.about(this, page, item).ifPresent(about ->
                add(Cards.fact(getTranslation("feedback.about"), about)));
        if (item.respondedBy() != null) {
            add(Cards.labelled(getTranslation("feedback.response.by"), new PersonLabel(item.respondedBy(),
                    Formats.dateTime(item.respondedAt(), locale, zone))));
        }
        if (item.response() != null) {
            add(Cards.fact(getTranslation("feedback.respond.response"), item.response()));
        }
        if (item.declineReason() != null) {
            add(Cards.fact(getTranslation("feedback.respond.decline-reason"), item.declineReason()));
        }
        if (item.learned() != null) {
            add(Cards.fact(getTranslation("feedback.respond.learned"), item.learned()));
        }
        if (item.actionItemId() != null) {
            add(Cards.labelled(getTranslation("feedback.action"), new Anchor(ActionPages.actions(item.programId()),
                    getTranslation("feedback.action.link", item.actionItemId()))));
        }
        var heading = new H3(getTranslation("feedback.history")); // under the dialog's H2 title, beside the discussion's H3
        add(heading);
        if (history.isEmpty()) {
            add(new Paragraph(getTranslation("feedback.history.none")));
        } else {
            var list = new UnorderedList();
            list.addClassName("feedback-history");
            for (var revision : history) {
                var when = new Span(getTranslation("feedback.history.entry", revision.editedBy(),
                        Formats.dateTime(revision.editedAt(), locale, zone)));
                when.addClassName("fact-label");
                var title = new Span(getTranslation("feedback.kind." + revision.kind().name()) + " · "
                        + revision.title());
                title.addClassName("history-title");
                var text = new Paragraph(revision.body());
                list.add(new ListItem(when, title, text));
            }
            add(list);
        }
        add(thread);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
