package com.cohelm.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPrograms;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A review reads in the same number of statements whatever the size of its agenda and minutes (2 items
 * with a note, a decision and an action each vs 30 items with 150 notes, 30 decisions and 30 actions), and a program's list of reviews
 * whatever the number of reviews: no N+1.
 */
@CohelmSpringTest
class ReviewBoundedSqlTest {

    private static final String SAM = "sam@northwind.example";
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewMeetingService meetings;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    TestEvents events;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** The application's statistics, once the listeners of earlier events are done (their statements are not ours). */
    private Statistics statistics() {
        events.awaitHandled();
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    private record Meeting(long programId, long reviewId) {
    }

    private Meeting meeting(int items, int notesPerItem, int decisionsPerItem, int actionsPerItem, int reviewCount) {
        var program = testPrograms.create("Bounded reviews");
        signIn.as(SAM);
        var attendees = Set.of(demo.personId(SAM), demo.personId(TOMAS), demo.personId(program.customerLead()));
        ReviewDetails review = null;
        for (int r = 0; r < reviewCount; r++) {
            review = reviews.schedule(program.id(), new ReviewDraft("Review " + r,
                    TestClock.now().minus(Duration.ofDays(reviewCount - r)), 60, null, attendees));
        }
        for (int i = 0; i < items; i++) {
            var item = reviews.addCustomItem(review.id(), "Topic " + i, null).agenda().getLast().id();
            for (int n = 0; n < notesPerItem; n++) {
                meetings.addNote(review.id(), item, "Note **" + n + "**");
            }
            for (int d = 0; d < decisionsPerItem; d++) {
                meetings.recordDecision(review.id(), item, new DecisionDraft("Decision " + d, demo.personId(TOMAS),
                        demo.personId(program.customerLead())));
            }
            for (int a = 0; a < actionsPerItem; a++) {
                meetings.addAction(review.id(), item, new ReviewActionDraft("Action " + a, demo.personId(TOMAS),
                        TestClock.today().plusDays(3)));
            }
        }
        return new Meeting(program.id(), review.id());
    }

    private long statementsToRead(Meeting meeting) {
        var statistics = statistics();
        statistics.clear();
        var read = reviews.review(meeting.reviewId()).orElseThrow();
        assertThat(read.agenda()).isNotEmpty();
        return statistics.getPrepareStatementCount();
    }

    private long statementsToList(Meeting meeting) {
        var statistics = statistics();
        statistics.clear();
        assertThat(reviews.reviews(meeting.programId(), PageRequest.of(0, 50))).isNotEmpty();
        reviews.count(meeting.programId());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void aReviewReadsInAFixedNumberOfStatements() {
        var small = meeting(2, 1, 1, 1, 1);
        var large = meeting(30, 5, 1, 1, 1);
        signIn.as(SAM);
        assertThat(statementsToRead(large)).isEqualTo(statementsToRead(small));
    }

    @Test
    void theListOfReviewsReadsInAFixedNumberOfStatements() {
        var small = meeting(1, 0, 0, 0, 1);
        var large = meeting(1, 0, 0, 0, 30);
        signIn.as(SAM);
        assertThat(statementsToList(large)).isEqualTo(statementsToList(small));
    }
}
