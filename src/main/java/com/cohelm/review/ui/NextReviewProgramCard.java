package com.cohelm.review.ui;

import com.cohelm.base.ui.Formats;
import com.cohelm.base.ui.Routes;
import com.cohelm.program.ProgramCard;
import com.cohelm.program.ProgramDetails;
import com.cohelm.review.ReviewService;
import com.cohelm.review.ReviewSummary;
import com.cohelm.security.CurrentUserService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.ZoneId;
import java.util.Optional;

/** In the program overview's heading: the program's next review, when one is planned, with its time. */
@SpringComponent
class NextReviewProgramCard implements ProgramCard {

    private final ReviewService reviewService;
    private final CurrentUserService currentUser;

    NextReviewProgramCard(ReviewService reviewService, CurrentUserService currentUser) {
        this.reviewService = reviewService;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Place place() {
        return Place.HEADING;
    }

    @Override
    public Optional<Component> draw(ProgramDetails program) {
        return reviewService.next(program.id())
                .map(next -> new NextReviewLink(next, currentUser.require().timeZone()));
    }

    private static final class NextReviewLink extends Anchor {

        NextReviewLink(ReviewSummary next, ZoneId zone) {
            setHref(Routes.address(ReviewView.class, next.id()));
            setText(getTranslation("program.next-review") + ": " + getTranslation("program.next-review.value",
                    next.title(), Formats.dateTime(next.startsAt(), getLocale(), zone)));
            addClassName("next-review-link");
        }
    }
}
