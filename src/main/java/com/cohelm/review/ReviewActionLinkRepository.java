package com.cohelm.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewActionLinkRepository extends JpaRepository<ReviewActionLink, Long> {

    List<ReviewActionLink> findByReviewId(long reviewId);
}
