package com.cohelm.review.ui;

import com.cohelm.goal.GoalDraft;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.KpiDirection;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewClosingService;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms.TestProgram;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reviews made for one view test, in a test program of its own; nobody is signed in afterwards. */
@Component
class ReviewViewsFixture {

    static final String SAM = "sam@northwind.example";
    static final String TOMAS = "tomas@northwind.example";

    private final ReviewService reviews;
    private final ReviewClosingService closing;
    private final GoalService goals;
    private final DemoPrograms demo;
    private final SignIn signIn;

    ReviewViewsFixture(ReviewService reviews, ReviewClosingService closing, GoalService goals, DemoPrograms demo,
            SignIn signIn) {
        this.reviews = reviews;
        this.closing = closing;
        this.goals = goals;
        this.demo = demo;
        this.signIn = signIn;
    }

    /**
     * A review that met ten minutes ago about a yield goal measured 84 % two days ago and 86.5 % yesterday, signed
     * off by both leads; then, after it closed, the goal was measured 91 % today.
     */
    ReviewDetails closedWithGoal(TestProgram program) {
        var today = TestClock.today();
        var review = as(SAM, () -> {
            var goal = goals.create(program.id(), new GoalDraft("First-pass yield", "Fewer retests", "Yield", "%",
                    new BigDecimal("80"), new BigDecimal("98"), KpiDirection.UP, today.plusMonths(3),
                    demo.personId(SAM), demo.personId(program.customerLead())));
            goals.addMeasurement(program.id(), goal.summary().id(),
                    new MeasurementDraft(today.minusDays(2), new BigDecimal("84"), null));
            goals.addMeasurement(program.id(), goal.summary().id(),
                    new MeasurementDraft(today.minusDays(1), new BigDecimal("86.5"), null));
            var scheduled = reviews.schedule(program.id(), new ReviewDraft("Yield review",
                    TestClock.now().minus(Duration.ofMinutes(10)), 60, null,
                    Set.of(demo.personId(SAM), demo.personId(TOMAS), demo.personId(program.customerLead()))));
            closing.signOff(scheduled.id());
            return scheduled;
        });
        var closed = as(program.customerLead(), () -> closing.signOff(review.id()));
        as(SAM, () -> goals.addMeasurement(program.id(), closed.agenda().getFirst().refId(),
                new MeasurementDraft(today, new BigDecimal("91"), null)));
        return closed;
    }

    /** A review that started ten minutes ago with two custom items, scheduled by Sam. */
    ReviewDetails started(TestProgram program) {
        return as(SAM, () -> {
            var review = reviews.schedule(program.id(), new ReviewDraft("Weekly review",
                    TestClock.now().minus(Duration.ofMinutes(10)), 60, "Room 4",
                    Set.of(demo.personId(SAM), demo.personId(TOMAS), demo.personId(program.customerLead()),
                            demo.personId(program.customerMember()))));
            reviews.addCustomItem(review.id(), "Launch readiness", "Is the **launch build** ready?");
            return reviews.addCustomItem(review.id(), "Staffing", null);
        });
    }

    <T> T as(String email, java.util.function.Supplier<T> work) {
        signIn.as(email);
        try {
            return work.get();
        } finally {
            signIn.out();
        }
    }
}
