package com.cohelm.conversation;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionService;
import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.OwnerSide;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestPrograms.TestProgram;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A test program of its own with one thing of every commented kind in it (a goal, a milestone, an action item,
 * a feedback item, a review), made by its supplier lead Sam; nobody is signed in afterwards.
 */
@Component
public class ThreadFixtures {

    /** The program and one thread subject per kind, by kind. */
    public record Fixture(TestProgram program, Map<String, CommentSubject> subjects) {

        public CommentSubject goal() {
            return subjects.get(CommentSubject.GOAL);
        }

        public CommentSubject milestone() {
            return subjects.get(CommentSubject.MILESTONE);
        }

        public CommentSubject internal() {
            return new CommentSubject(InternalTestSubjects.TYPE, program.id(), 1);
        }
    }

    public static final List<String> KINDS = List.of(CommentSubject.GOAL, CommentSubject.MILESTONE,
            CommentSubject.ACTION, CommentSubject.FEEDBACK, CommentSubject.REVIEW);

    private final TestPrograms programs;
    private final SignIn signIn;
    private final DemoPrograms demo;
    private final GoalService goals;
    private final MilestoneService milestoneService;
    private final ActionService actions;
    private final FeedbackService feedback;
    private final ReviewService reviews;

    ThreadFixtures(TestPrograms programs, SignIn signIn, DemoPrograms demo, GoalService goals,
            MilestoneService milestoneService, ActionService actions, FeedbackService feedback, ReviewService reviews) {
        this.programs = programs;
        this.signIn = signIn;
        this.demo = demo;
        this.goals = goals;
        this.milestoneService = milestoneService;
        this.actions = actions;
        this.feedback = feedback;
        this.reviews = reviews;
    }

    public Fixture create(String name) {
        var program = programs.create(name);
        var id = program.id();
        var sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        var customerLead = demo.personId(program.customerLead());
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        try {
            var today = TestClock.today();
            var goal = goals.create(id, new GoalDraft("Yield above 95 %", "Retests cost line time", "Yield", "%",
                    new BigDecimal("90"), new BigDecimal("95"), KpiDirection.UP, today.plusMonths(3), sam,
                    customerLead)).summary().id();
            var milestone = milestoneService.create(id, new MilestoneDraft("Fixtures delivered", null, OwnerSide.SUPPLIER,
                    sam, today.plusMonths(2), today.plusMonths(2), Set.of(), Set.of(), null)).row().id();
            var action = actions.create(id, ActionDraft.manual("Send the fixture drawings", null, customerLead,
                    today.plusDays(10), false)).id();
            var item = feedback.create(id, new FeedbackItemDraft(FeedbackKind.CRITICISM, "Specs arrive late",
                    "Three weeks late twice", null, null, false)).id();
            var review = reviews.schedule(id, new ReviewDraft("Monthly review",
                    TestClock.now().plus(3, ChronoUnit.DAYS), 60, null, Set.of(sam, customerLead))).id();
            return new Fixture(program, Map.of(
                    CommentSubject.GOAL, CommentSubject.goal(id, goal),
                    CommentSubject.MILESTONE, CommentSubject.milestone(id, milestone),
                    CommentSubject.ACTION, CommentSubject.action(id, action),
                    CommentSubject.FEEDBACK, CommentSubject.feedback(id, item),
                    CommentSubject.REVIEW, CommentSubject.review(id, review)));
        } finally {
            signIn.out();
        }
    }
}
