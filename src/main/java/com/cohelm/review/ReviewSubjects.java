package com.cohelm.review;

import com.cohelm.conversation.CommentSubject;
import com.cohelm.conversation.SubjectInfo;
import com.cohelm.conversation.SubjectSource;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A review's thread, when the review is in that program, through the review service's own access check. */
@Component
class ReviewSubjects implements SubjectSource {

    private final ReviewService reviews;

    ReviewSubjects(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public String type() {
        return CommentSubject.REVIEW;
    }

    @Override
    public Optional<SubjectInfo> find(long programId, long id) {
        return reviews.review(id)
                .filter(review -> review.programId() == programId)
                .map(review -> new SubjectInfo(review.title(), "reviews/" + id, false));
    }
}
