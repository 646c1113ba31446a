package com.cohelm.review.ui;

import com.cohelm.review.ReviewDetails;
import com.cohelm.review.ReviewDraft;
import com.cohelm.review.ReviewService;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms.TestProgram;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Reviews made for one view test, in a test program of its own; nobody is signed in afterwards. */
@Component
class ReviewViewsFixture {

    static final String SAM = "sam@northwind.example";
    static final String TOMAS = "tomas@northwind.example";

    private final ReviewService reviews;
    private final DemoPrograms demo;
    private final SignIn signIn;

    ReviewViewsFixture(ReviewService reviews, DemoPrograms demo, SignIn signIn) {
        this.reviews = reviews;
        this.demo = demo;
        this.signIn = signIn;
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
