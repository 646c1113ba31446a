package com.cohelm.notification;

import com.cohelm.action.ActionItemView;
import com.cohelm.action.MyActions;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.AwaitedDecision;
import com.cohelm.schedule.ScheduleQueries;
import com.cohelm.security.CurrentUserService;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the "waiting on you" lists for the signed-in person (or a digest's recipient, run as them) through
 * the action, schedule and review services, which check access: only what the person may see is listed.
 */
@Component
class WaitingOnYouQuery {

    /** Per list and kind: a digest names the first few and links to the rest. */
    static final int LIMIT = 20;

    private final MyActions myActions;
    private final ScheduleQueries schedule;
    private final ReviewService reviews;
    private final CurrentUserService currentUser;

    WaitingOnYouQuery(MyActions myActions, ScheduleQueries schedule, ReviewService reviews,
            CurrentUserService currentUser) {
        this.myActions = myActions;
        this.schedule = schedule;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    WaitingOnYou forCurrentUser() {
        var zone = currentUser.require().timeZone();
        var youOwe = new ArrayList<WaitingItem>();
        var home = myActions.home(List.of(), LIMIT);
        home.myActions().stream().filter(ActionItemView::overdue)
                .forEach(item -> youOwe.add(item(WaitingItem.Kind.OVERDUE_ACTION, item, zone)));
        home.myQuestions().forEach(item -> youOwe.add(item(WaitingItem.Kind.QUESTION, item, zone)));
        schedule.awaitingMe(LIMIT).forEach(decision -> youOwe.add(decision(decision)));
        reviews.awaitingMySignOff(LIMIT).forEach(review -> youOwe.add(new WaitingItem(WaitingItem.Kind.SIGN_OFF,
                review.programId(), review.programName(), review.title(), null, review.startsAt(),
                "reviews/" + review.reviewId())));
        var owedToYou = myActions.owedToMe(LIMIT).stream()
                .map(item -> item(item.question() ? WaitingItem.Kind.QUESTION : WaitingItem.Kind.OVERDUE_ACTION, item,
                        zone))
                .toList();
        return new WaitingOnYou(youOwe, owedToYou);
    }

    /** A question waits since it was asked; an action item since its due date passed where the reader is. */
    private static WaitingItem item(WaitingItem.Kind kind, ActionItemView item, ZoneId zone) {
        var since = kind == WaitingItem.Kind.QUESTION ? item.createdAt()
                : item.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
        return new WaitingItem(kind, item.programId(), item.programName(), item.title(), item.dueDate(), since,
                "programs/" + item.programId() + "/actions?item=" + item.id());
    }

    private static WaitingItem decision(AwaitedDecision decision) {
        return decision.kind() == AwaitedDecision.Kind.REBASELINE
                ? new WaitingItem(WaitingItem.Kind.REBASELINE, decision.programId(), decision.programName(),
                        decision.title(), null, decision.since(), "programs/" + decision.programId() + "/schedule")
                : new WaitingItem(WaitingItem.Kind.SLIP, decision.programId(), decision.programName(),
                        decision.title(), null, decision.since(),
                        "programs/" + decision.programId() + "/schedule/" + decision.milestoneId());
    }
}
