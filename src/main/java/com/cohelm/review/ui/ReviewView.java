package com.cohelm.review.ui;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.CommentThreads;
import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.review.ReviewCalendar;
import com.cohelm.review.ReviewClosingService;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewFacts;
import com.cohelm.review.ReviewMeetingService;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewSummaryPdf;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A review meeting, live: the agenda with the item the presenter shows, that item's data next to its
 * minutes, decisions and action items, the attendees with the time in their own zone, and the sign-offs.
 * Every change anyone makes appears on every open screen within a second (server push); the fields being
 * typed in are kept while the rest of the page follows. The page is made of its parts: {@link ReviewHeader},
 * {@link ReviewAgendaPanel}, {@link ReviewMinutesPanel}, {@link ReviewSidePanel} (attendees and sign-off)
 * and {@link ReviewAmendments}; {@link LiveReview} keeps it following the review.
 */
@Route("reviews/:reviewId")
@PermitAll
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviewService;
    private final ReviewClosingService closingService;
    private final CurrentUserService currentUser;
    private final CommentThreads threads;
    private final LiveReview live;

    private final ReviewHeader header;
    private final ReviewAgendaPanel agenda;
    private final ReviewMinutesPanel item;
    private final ReviewSidePanel side = new ReviewSidePanel();
    private final ReviewAmendments amendments = new ReviewAmendments();
    /** The review's comment thread, outside the live minutes: made once per review shown. */
    private final Div discussion = new Div();

    private ReviewDetails review;

    ReviewView(ReviewService reviewService, ReviewMeetingService meetingService, ReviewClosingService closingService,
            ReviewFacts reviewFacts, ReviewCalendar calendar, ReviewSummaryPdf summaryPdf, ReviewBroadcaster broadcaster,
            CurrentUserService currentUser, CommentThreads threads) {
        this.reviewService = reviewService;
        this.closingService = closingService;
        this.currentUser = currentUser;
        this.threads = threads;
        live = LiveReview.follow(this, this, reviewService, broadcaster, currentUser, this::show);
        addClassName("review-view");
        header = new ReviewHeader(reviewService, calendar, summaryPdf, currentUser, live::refresh);
        agenda = new ReviewAgendaPanel(reviewService, meetingService, this::act, live::refresh);
        item = new ReviewMinutesPanel(meetingService, reviewFacts, currentUser, live::refresh);
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
        discussion.removeAll();
        discussion.add(threads.panel(CommentSubject.review(found.get().programId(), found.get().id()),
                CommentThreads.focus(event.getLocation().getQueryParameters())));
        live.show(found.get());
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("review.list.title") : review.title();
    }

    private void show(ReviewDetails details) {
        this.review = details;
        var zone = currentUser.require().timeZone();
        header.show(details);
        agenda.show(details);
        item.show(details);
        side.show(details, zone, closingService, this::act);
        amendments.show(details, zone, closingService, this::act);
    }

    /** The sanitised HTML of a note in one root element, as {@link com.vaadin.flow.component.Html} needs. */
    static String wrap(String html) {
        return "<div class=\"review-markdown\">" + html + "</div>";
    }

    /** Runs a change and shows the review as it now is; a refused change is explained and changes nothing. */
    private boolean act(Runnable change) {
        try {
            change.run();
            live.refresh();
            return true;
        } catch (InvalidInputException e) {
            var notification = Notification.show(ServiceErrors.message(this, e));
            notification.addThemeVariants(NotificationVariant.ERROR);
            live.refresh();
            return false;
        }
    }
}
