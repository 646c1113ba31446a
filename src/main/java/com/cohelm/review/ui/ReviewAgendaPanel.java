package com.cohelm.review.ui;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewMeetingService;
import com.cohelm.review.ReviewService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Predicate;

/**
 * The review's agenda: its items with their counts of notes, decisions and actions, the one the presenter
 * shows marked; members click an item to show it, leads move items and add their own. Made once per page:
 * the title of an item being added is kept while the rest of the page follows other people's changes.
 */
class ReviewAgendaPanel extends Div {

    private final ReviewService reviewService;
    private final ReviewMeetingService meetingService;
    private final Predicate<Runnable> act;
    private final Runnable refresh;
    private final TextField customTitle = new TextField();
    private final TextLimit customTitleLimit;

    /**
     * @param act     runs a change and shows the review as it then is
     * @param refresh shows the review as it now is
     */
    ReviewAgendaPanel(ReviewService reviewService, ReviewMeetingService meetingService, Predicate<Runnable> act,
            Runnable refresh) {
        this.reviewService = reviewService;
        this.meetingService = meetingService;
        this.act = act;
        this.refresh = refresh;
        addClassName("review-agenda");
        customTitle.setLabel(getTranslation("review.agenda.custom"));
        customTitleLimit = TextLimit.of(customTitle, 300);
    }

    void show(ReviewDetails review) {
        var reviewId = review.id();
        removeAll();
        add(new H3(getTranslation("review.agenda")));
        var list = new OrderedList();
        list.addClassName("review-agenda-list");
        var current = review.currentItem().map(AgendaItemView::id).orElse(null);
        var permissions = review.permissions();
        for (var item : review.agenda()) {
            var entry = new ListItem();
            entry.addClassName("review-agenda-item");
            if (Long.valueOf(item.id()).equals(current)) {
                entry.addClassName("current");
            }
            var title = new Span(item.title());
            title.addClassName("review-agenda-title");
            var counts = new Span(getTranslation("review.agenda.counts", item.notes().size(), item.decisions().size(),
                    item.actions().size()));
            counts.addClassName("review-agenda-counts");
            var text = new Div(kindLabel(this, item), title, counts);
            entry.add(text);
            if (permissions.capture()) {
                text.addClassName("clickable");
                text.addClickListener(e -> act.test(() -> meetingService.show(reviewId, item.id())));
            }
            if (permissions.arrangeAgenda()) {
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> act.test(() -> reviewService.moveItem(reviewId, item.id(), -1)));
                up.setAriaLabel(getTranslation("review.agenda.up", item.title()));
                var down = new Button(VaadinIcon.ARROW_DOWN.create(),
                        e -> act.test(() -> reviewService.moveItem(reviewId, item.id(), 1)));
                down.setAriaLabel(getTranslation("review.agenda.down", item.title()));
                up.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                down.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                entry.add(new Div(up, down));
            }
            list.add(entry);
        }
        add(list);
        if (permissions.arrangeAgenda()) {
            var add = new Button(getTranslation("review.agenda.add"), VaadinIcon.PLUS.create(), e -> addCustomItem(reviewId));
            var form = new Div(customTitle, add);
            form.addClassName("review-custom-item");
            add(form);
        }
    }

    private void addCustomItem(long reviewId) {
        if (customTitle.getValue().isBlank()) {
            customTitle.setErrorMessage(getTranslation("validation.required"));
            customTitle.setInvalid(true);
            return;
        }
        if (!customTitleLimit.within()) {
            return;
        }
        try {
            reviewService.addCustomItem(reviewId, customTitle.getValue(), null);
        } catch (InvalidInputException | ConstraintViolationException ex) {
            ServiceErrors.show(this, ex, customTitle);
            return;
        }
        refresh.run();
        customTitle.clear();
        customTitle.setInvalid(false);
    }

    /** An item's kind, and the side it is about if any: "Slipped milestone · Supplier". */
    static Span kindLabel(Component translator, AgendaItemView item) {
        var kind = new Span(translator.getTranslation("review.kind." + item.kind()));
        kind.addClassName("review-kind");
        if (item.side() != null) {
            kind.setText(kind.getText() + " · " + translator.getTranslation("side." + item.side().name()));
        }
        return kind;
    }
}
