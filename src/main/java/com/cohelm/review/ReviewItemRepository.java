package com.cohelm.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewItemRepository extends JpaRepository<ReviewItem, Long> {

    List<ReviewItem> findByReviewIdOrderByPositionAscIdAsc(long reviewId);

    Optional<ReviewItem> findByIdAndReviewId(long id, long reviewId);
}
