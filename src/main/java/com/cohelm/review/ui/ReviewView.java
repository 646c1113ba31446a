package com.cohelm.review.ui;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.base.chart.ChartLook;
import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.ui.TextLimit;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.review.ReviewCalendar;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewFacts;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewSummaryPdf;
import com.cohelm.security.CurrentUser;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A review meeting, live: the agenda with the item the presenter shows, that item's data next to its
 * minutes, decisions and action items, the attendees with the time in their own zone, and the sign-offs.
 * Every change anyone makes appears on every open screen within a second (server push); the fields being
 * typed in are kept while the rest of the page follows.
 */
@Route("reviews/:reviewId")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviewService;
    private final ReviewFacts reviewFacts;
    private final ReviewCalendar calendar;
    private final ReviewSummaryPdf summaryPdf;
    private final CurrentUserService currentUser;

    private final Div header = new Div();
    private final Div agenda = new Div();
    private final Div itemHead = new Div();
    private final Div itemData = new Div();
    private final Div minutes = new Div();
    private final ReviewCapture capture;
    private final ReviewSidePanel side = new ReviewSidePanel();
    private final ReviewAmendments amendments = new ReviewAmendments();
    /** The review's comment thread, outside the live minutes: made once per review shown. */
    private final Div discussion = new Div();
    private final CommentThreads threads;

    private final TextField customTitle = new TextField();
    private final TextLimit customTitleLimit;

    private long reviewId;
    private ReviewDetails review;
    private Long dataShownFor;

    ReviewView(ReviewService reviewService, ReviewFacts reviewFacts, ReviewCalendar calendar,
            ReviewSummaryPdf summaryPdf, ReviewBroadcaster broadcaster, CurrentUserService currentUser,
            CommentThreads threads) {
        this.reviewService = reviewService;
        this.reviewFacts = reviewFacts;
        this.threads = threads;
        this.calendar = calendar;
        this.summaryPdf = summaryPdf;
        LiveReview.whileAttached(this, broadcaster, currentUser, () -> review == null ? null : reviewId, this::refresh);
        this.currentUser = currentUser;
        addClassName("review-view");
        capture = new ReviewCapture(reviewService, this::currentItemId, this::refresh);
        customTitle.setLabel(getTranslation("review.agenda.custom"));
        customTitleLimit = TextLimit.of(customTitle, 300);
        agenda.addClassName("review-agenda");
        itemHead.addClassName("review-item-head");
        itemData.addClassName("review-item-data-holder");
        minutes.addClassName("review-minutes");
        var item = new Div(itemHead, itemData, minutes, capture);
        item.addClassName("review-item");
        var body = new Div(agenda, item, side);
        body.addClassName("review-body");
        discussion.addClassName("review-discussion");
        discussion.setWidthFull();
        add(header, body, amendments, discussion);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.find(event, "reviewId", reviewService::review);
        if (found.isEmpty()) {
            return;
        }
        reviewId = found.get().id();
        discussion.removeAll();
        discussion.add(threads.panel(CommentSubject.review(found.get().programId(), reviewId),
                CommentThreads.focus(event.getLocation().getQueryParameters())));
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("review.list.title") : review.title();
    }

    /** Reads the review again as the reader; one they may no longer see is closed on their screen. */
    void refresh() {
        try {
            reviewService.review(reviewId).ifPresentOrElse(this::show, this::lost);
        } catch (ResourceNotFoundException e) {
            lost();
        }
    }

    private void lost() {
        onDetach(null);
        removeAll();
        add(new Paragraph(getTranslation("review.lost")));
    }

    private void show(ReviewDetails details) {
        this.review = details;
        var user = currentUser.require();
        header();
        agenda();
        var current = details.currentItem();
        var currentId = current.map(AgendaItemView::id).orElse(null);
        itemHead.removeAll();
        minutes.removeAll();
        current.ifPresent(item -> {
            itemHead.add(kindLabel(item), new H3(item.title()));
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
        var permissions = details.permissions();
        capture.setVisible(permissions.capture() && current.isPresent());
        capture.show(details, currentUser.today());
        customTitle.getParent().ifPresent(p -> p.setVisible(permissions.arrangeAgenda()));
        side.show(details, user.timeZone(), reviewService, this::act);
        amendments.show(details, user.timeZone(), reviewService, this::act);
    }

    private void header() {
        header.removeAll();
        header.addClassName("program-header");
        var user = currentUser.require();
        var back = new Anchor("programs/" + review.programId() + "/reviews",
                getTranslation("review.back", review.programName()));
        back.addClassName("back-link");
        var title = new H2(review.title());
        title.addClassName("review-title");
        var when = new Span(getTranslation("review.when", Formats.dateTime(review.startsAt(), getLocale(), user.timeZone()),
                review.durationMinutes(), user.timeZone().getId()));
        when.addClassName("review-when");
        var facts = new Div(ReviewsView.stateBadge(this, review.state()), when);
        if (review.location() != null) {
            facts.add(new Span(review.location()));
        }
        facts.addClassName("program-badges");
        var heading = new Div(back, title, facts);
        heading.addClassName("program-heading");

        var ics = new Anchor(DownloadHandler.fromInputStream(event -> {
            var text = calendar.ics(reviewId).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(text), "review-" + reviewId + ".ics",
                    "text/calendar;charset=UTF-8", text.length);
        }), getTranslation("review.calendar"));
        ics.addClassName("review-ics");
        // Built when someone downloads it, in their language and zone; the service checks access again.
        var locale = getLocale();
        var zone = user.timeZone();
        com.cohelm.review.Translator translator = this::getTranslation;
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = summaryPdf.pdf(reviewId, translator, locale, zone);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "review-" + reviewId + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("review.pdf"));
        pdf.addClassName("review-pdf");
        var present = new Anchor("reviews/" + reviewId + "/present", getTranslation("review.present"));
        present.addClassName("review-present-link");
        var links = new Div(ics, pdf, present);
        links.addClassName("review-links");
        var actions = new Div(links);
        actions.addClassName("review-header-actions");
        if (review.permissions().edit()) {
            actions.add(new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ReviewFormDialog(reviewService, review.programId(), review.supplierPeople(),
                            review.customerPeople(), currentUser.require(), currentUser.today(), review, saved -> refresh()).open()));
        }
        if (review.permissions().arrangeAgenda()) {
            var update = new Button(getTranslation("review.agenda.update"), VaadinIcon.REFRESH.create(), e -> {
                var added = reviewService.updateAgenda(reviewId);
                Notification.show(getTranslation("review.agenda.updated", added));
                refresh();
            });
            update.addClassName("update-agenda");
            actions.add(update);
        }
        header.add(heading, actions);
    }

    private Span kindLabel(AgendaItemView item) {
        var kind = new Span(getTranslation("review.kind." + item.kind()));
        kind.addClassName("review-kind");
        if (item.side() != null) {
            kind.setText(kind.getText() + " · " + getTranslation("side." + item.side().name()));
        }
        return kind;
    }

    private void agenda() {
        agenda.removeAll();
        agenda.add(new H3(getTranslation("review.agenda")));
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
            var text = new Div(kindLabel(item), title, counts);
            entry.add(text);
            if (permissions.capture()) {
                text.addClassName("clickable");
                text.addClickListener(e -> act(() -> reviewService.show(reviewId, item.id())));
            }
            if (permissions.arrangeAgenda()) {
                var up = new Button(VaadinIcon.ARROW_UP.create(), e -> act(() -> reviewService.moveItem(reviewId, item.id(), -1)));
                up.setAriaLabel(getTranslation("review.agenda.up", item.title()));
                var down = new Button(VaadinIcon.ARROW_DOWN.create(),
                        e -> act(() -> reviewService.moveItem(reviewId, item.id(), 1)));
                down.setAriaLabel(getTranslation("review.agenda.down", item.title()));
                up.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                down.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                entry.add(new Div(up, down));
            }
            list.add(entry);
        }
        agenda.add(list);
        if (permissions.arrangeAgenda()) {
            var add = new Button(getTranslation("review.agenda.add"), VaadinIcon.PLUS.create(), e -> {
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
                refresh();
                customTitle.clear();
                customTitle.setInvalid(false);
            });
            var form = new Div(customTitle, add);
            form.addClassName("review-custom-item");
            agenda.add(form);
        }
    }

    private void minutes(AgendaItemView item, CurrentUser user) {
        var notes = new Div(new H4(getTranslation("review.minutes")));
        notes.addClassName("review-notes");
        if (item.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("review.minutes.empty")));
        }
        for (var n : item.notes()) {
            var body = new Html(wrap(n.html()));
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
            var entry = new Div(new Anchor("programs/" + review.programId() + "/actions?item=" + a.id(), a.title()),
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

    /** The sanitised HTML of a note in one root element, as {@link Html} needs. */
    static String wrap(String html) {
        return "<div class=\"review-markdown\">" + html + "</div>";
    }

    private Long currentItemId() {
        return review.currentItem().map(AgendaItemView::id).orElseThrow();
    }

    /** Runs a change and shows the review as it now is; a refused change is explained and changes nothing. */
    private boolean act(Runnable change) {
        try {
            change.run();
            refresh();
            return true;
        } catch (InvalidInputException e) {
            notifyError(e);
            refresh();
            return false;
        }
    }

    private void notifyError(InvalidInputException e) {
        var notification = Notification.show(ServiceErrors.message(this, e));
        notification.addThemeVariants(NotificationVariant.ERROR);
    }
}
