package com.cohelm.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewAmendmentRepository extends JpaRepository<ReviewAmendment, Long> {

    List<ReviewAmendment> findByReviewIdOrderByCreatedAtAscIdAsc(long reviewId);
}
