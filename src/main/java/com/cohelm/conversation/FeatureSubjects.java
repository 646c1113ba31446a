package com.cohelm.conversation;

import com.cohelm.action.ActionService;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.goal.GoalService;
import com.cohelm.review.ReviewService;
import com.cohelm.schedule.ScheduleQueries;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The five kinds of thing that carry a thread today, each resolved through its own feature's public,
 * access-checked service. None of them is supplier-internal: both sides of a program read them all.
 */
@Configuration(proxyBeanMethods = false)
class FeatureSubjects {

    @Bean
    SubjectSource goalSubjects(GoalService goals) {
        return source(CommentSubject.GOAL, (programId, id) -> goals.titles(programId).stream()
                .filter(goal -> goal.id() == id).findFirst()
                .map(goal -> new SubjectInfo(goal.title(), "programs/" + programId + "/goals/" + id, false)));
    }

    /** Slips are talked about in their milestone's thread (decision 0018). */
    @Bean
    SubjectSource milestoneSubjects(ScheduleQueries schedule) {
        return source(CommentSubject.MILESTONE, (programId, id) -> schedule.ref(programId, id)
                .map(m -> new SubjectInfo(m.title(), "programs/" + programId + "/schedule/" + id, false)));
    }

    @Bean
    SubjectSource actionSubjects(ActionService actions) {
        return source(CommentSubject.ACTION, (programId, id) -> actions.item(programId, id)
                .map(item -> new SubjectInfo(item.title(), "programs/" + programId + "/actions?item=" + id, false)));
    }

    @Bean
    SubjectSource feedbackSubjects(FeedbackService feedback) {
        return source(CommentSubject.FEEDBACK, (programId, id) -> feedback.item(programId, id)
                .map(item -> new SubjectInfo(item.title(), "programs/" + programId + "/feedback?item=" + id, false)));
    }

    @Bean
    SubjectSource reviewSubjects(ReviewService reviews) {
        return source(CommentSubject.REVIEW, (programId, id) -> reviews.review(id)
                .filter(review -> review.programId() == programId)
                .map(review -> new SubjectInfo(review.title(), "reviews/" + id, false)));
    }

    @FunctionalInterface
    interface Finder {
        Optional<SubjectInfo> find(long programId, long id);
    }

    /** A feature's service answers a hidden program with not-found; here it is simply empty. */
    private static SubjectSource source(String type, Finder finder) {
        return new SubjectSource() {
            @Override
            public String type() {
                return type;
            }

            @Override
            public Optional<SubjectInfo> find(long programId, long id) {
                return quietly(() -> finder.find(programId, id));
            }
        };
    }

    private static Optional<SubjectInfo> quietly(Supplier<Optional<SubjectInfo>> lookup) {
        try {
            return lookup.get();
        } catch (ResourceNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
