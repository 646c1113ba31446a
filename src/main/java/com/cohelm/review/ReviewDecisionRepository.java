package com.cohelm.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewDecisionRepository extends JpaRepository<ReviewDecision, Long> {

    List<ReviewDecision> findByReviewIdOrderByRecordedAtAscIdAsc(long reviewId);
}
