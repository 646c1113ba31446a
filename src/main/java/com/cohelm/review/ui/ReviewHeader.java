package com.cohelm.review.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.review.ReviewCalendar;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewSummaryPdf;
import com.cohelm.review.Translator;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The review page's header: the way back to the program's reviews, the title, when and where, the calendar
 * entry, the PDF summary and the presentation; for members the edit button, for leads "update the agenda".
 */
class ReviewHeader extends Div {

    private final ReviewService reviewService;
    private final ReviewCalendar calendar;
    private final ReviewSummaryPdf summaryPdf;
    private final CurrentUserService currentUser;
    private final Runnable refresh;

    /** @param refresh shows the review as it now is, after a change made here */
    ReviewHeader(ReviewService reviewService, ReviewCalendar calendar, ReviewSummaryPdf summaryPdf,
            CurrentUserService currentUser, Runnable refresh) {
        this.reviewService = reviewService;
        this.calendar = calendar;
        this.summaryPdf = summaryPdf;
        this.currentUser = currentUser;
        this.refresh = refresh;
    }

    void show(ReviewDetails review) {
        removeAll();
        addClassName("program-header");
        var reviewId = review.id();
        var user = currentUser.require();
        var back = new Anchor(Routes.address(ReviewsView.class, review.programId()),
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
        Translator translator = this::getTranslation;
        var pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            var bytes = summaryPdf.pdf(reviewId, translator, locale, zone);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "review-" + reviewId + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("review.pdf"));
        pdf.addClassName("review-pdf");
        var present = new Anchor(Routes.address(PresentView.class, reviewId), getTranslation("review.present"));
        present.addClassName("review-present-link");
        var links = new Div(ics, pdf, present);
        links.addClassName("review-links");
        var actions = new Div(links);
        actions.addClassName("review-header-actions");
        if (review.permissions().edit()) {
            actions.add(new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new ReviewFormDialog(reviewService, review.programId(), review.supplierPeople(),
                            review.customerPeople(), currentUser.require(), currentUser.today(), review,
                            saved -> refresh.run()).open()));
        }
        if (review.permissions().arrangeAgenda()) {
            var update = new Button(getTranslation("review.agenda.update"), VaadinIcon.REFRESH.create(), e -> {
                var added = reviewService.updateAgenda(reviewId);
                Notification.show(getTranslation("review.agenda.updated", added));
                refresh.run();
            });
            update.addClassName("update-agenda");
            actions.add(update);
        }
        add(heading, actions);
    }
}
