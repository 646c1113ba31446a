package com.cohelm.review;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

    List<ReviewNote> findByReviewIdOrderByCreatedAtAscIdAsc(long reviewId);
}
