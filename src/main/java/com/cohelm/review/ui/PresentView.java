package com.cohelm.review.ui;

import com.cohelm.base.ui.Routes;
import com.cohelm.base.ui.ServiceErrors;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ui.RouteIds;
import com.cohelm.base.chart.ChartLook;
import com.cohelm.review.AgendaItemView;
import com.cohelm.review.ReviewBroadcaster;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewFacts;
import com.cohelm.review.ReviewMeetingService;
import com.cohelm.review.ReviewService;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The meeting-room screen: the current agenda item only, in large type with high contrast in the light
 * and the dark scheme, without the application's menus. The arrow keys, space and page up/down move
 * through the agenda, and every attendee's screen follows the presenter; viewers follow but do not drive.
 */
@Route(value = "reviews/:reviewId/present", autoLayout = false)
@PermitAll
public class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviewService;
    private final ReviewMeetingService meetingService;
    private final ReviewFacts reviewFacts;
    private final CurrentUserService currentUser;
    private final LiveReview live;

    private final Div slide = new Div();
    private final Span position = new Span();
    private long reviewId;
    private ReviewDetails review;

    PresentView(ReviewService reviewService, ReviewMeetingService meetingService, ReviewFacts reviewFacts,
            ReviewBroadcaster broadcaster, CurrentUserService currentUser) {
        this.reviewService = reviewService;
        this.meetingService = meetingService;
        this.reviewFacts = reviewFacts;
        live = LiveReview.follow(this, slide, reviewService, broadcaster, currentUser, this::show);
        this.currentUser = currentUser;
        addClassName("review-present");
        slide.addClassName("review-slide");
        position.addClassName("review-position");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteIds.find(event, "reviewId", reviewService::review);
        if (found.isEmpty()) {
            return;
        }
        reviewId = found.get().id();
        removeAll();
        var back = new Anchor(Routes.address(ReviewView.class, reviewId), getTranslation("review.present.leave"));
        back.addClassName("review-present-leave");
        var previous = new Button(VaadinIcon.ARROW_LEFT.create(), e -> step(-1));
        previous.setAriaLabel(getTranslation("review.present.previous"));
        var next = new Button(VaadinIcon.ARROW_RIGHT.create(), e -> step(1));
        next.setAriaLabel(getTranslation("review.present.next"));
        previous.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.TERTIARY);
        next.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.TERTIARY);
        var bar = new Div(back, position, previous, next);
        bar.addClassName("review-present-bar");
        add(bar, slide);
        live.show(found.get());
        if (found.get().permissions().capture()) {
            for (var key : new Key[] {Key.ARROW_RIGHT, Key.ARROW_DOWN, Key.SPACE, Key.PAGE_DOWN}) {
                Shortcuts.addShortcutListener(this, () -> step(1), key);
            }
            for (var key : new Key[] {Key.ARROW_LEFT, Key.ARROW_UP, Key.PAGE_UP}) {
                Shortcuts.addShortcutListener(this, () -> step(-1), key);
            }
        } else {
            previous.setVisible(false);
            next.setVisible(false);
        }
    }

    @Override
    public String getPageTitle() {
        return review == null ? getTranslation("review.present") : review.title();
    }

    private void step(int offset) {
        try {
            meetingService.step(reviewId, offset);
        } catch (InvalidInputException e) {
            Notification.show(ServiceErrors.message(this, e));
        }
        live.refresh();
    }

    private void show(ReviewDetails details) {
        var previous = review == null ? null : review.currentItem().map(AgendaItemView::id).orElse(null);
        this.review = details;
        var current = details.currentItem();
        position.setText(current.map(item -> getTranslation("review.present.position",
                details.agenda().indexOf(item) + 1, details.agenda().size())).orElse(""));
        var currentId = current.map(AgendaItemView::id).orElse(null);
        if (previous != null && previous.equals(currentId) && slide.getChildren().findAny().isPresent()) {
            // the same item: refresh what was captured under it, keep the data panel
            slide.getChildren().filter(c -> c.hasClassName("review-slide-captured")).findFirst()
                    .ifPresent(slide::remove);
            current.ifPresent(item -> slide.add(captured(item)));
            return;
        }
        slide.removeAll();
        if (current.isEmpty()) {
            slide.add(new H1(details.title()), new Paragraph(getTranslation("review.agenda.empty")));
            return;
        }
        var item = current.get();
        var kind = new Span(getTranslation("review.kind." + item.kind())
                + (item.side() == null ? "" : " · " + getTranslation("side." + item.side().name())));
        kind.addClassName("review-kind");
        var title = new H1(item.title());
        slide.add(kind, title);
        item.summary(this::getTranslation, getLocale()).forEach(line -> slide.add(new Paragraph(line)));
        if (item.detail() != null && !item.custom()) {
            slide.add(new Paragraph(item.detail()));
        }
        // the chart's labels drawn large enough to read from the back of the room
        slide.add(new ItemData(item, reviewFacts.item(details.id(), item.id()), details.programId(), details.closedAt(),
                currentUser.require().timeZone(), ChartLook.ROOM));
        slide.add(captured(item));
    }

    private Div captured(AgendaItemView item) {
        var captured = new Div();
        captured.addClassName("review-slide-captured");
        if (!item.decisions().isEmpty()) {
            var decisions = new UnorderedList();
            decisions.addClassName("review-slide-decisions");
            item.decisions().forEach(d -> decisions.add(new ListItem(d.text())));
            captured.add(decisions);
        }
        item.notes().forEach(n -> captured.add(new Html(ReviewView.wrap(n.html()))));
        return captured;
    }
}
