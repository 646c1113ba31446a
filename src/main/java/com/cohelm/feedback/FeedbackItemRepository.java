package com.cohelm.feedback;

import com.cohelm.security.Side;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Feedback is never deleted: this repository has no delete method at all. */
interface FeedbackItemRepository extends Repository<FeedbackItem, Long> {

    String IN_PROGRAM = " from FeedbackItem f where f.programId = :programId"
            + " and (:kind is null or f.kind = :kind)"
            + " and (:status is null or f.status = :status)"
            + " and (:fromSide is null or f.fromSide = :fromSide)";

    FeedbackItem saveAndFlush(FeedbackItem item);

    FeedbackItem save(FeedbackItem item);

    Optional<FeedbackItem> findByIdAndProgramId(long id, long programId);

    @Query("select f" + IN_PROGRAM)
    List<FeedbackItem> findInProgram(long programId, FeedbackKind kind, FeedbackStatus status, Side fromSide,
            Pageable pageable);

    @Query("select count(f)" + IN_PROGRAM)
    long countInProgram(long programId, FeedbackKind kind, FeedbackStatus status, Side fromSide);

    /** Items still waiting for the addressed side to settle them, all kinds and criticism alone. */
    @Query("select count(f), coalesce(sum(case when f.kind = com.cohelm.feedback.FeedbackKind.CRITICISM then 1 else 0 end), 0)"
            + " from FeedbackItem f where f.programId = :programId"
            + " and f.status not in (com.cohelm.feedback.FeedbackStatus.RESOLVED, com.cohelm.feedback.FeedbackStatus.DECLINED)")
    List<Object[]> openCounts(long programId);

    List<FeedbackItem> findByProgramIdAndCreatedAtAfterOrderByCreatedAtAscIdAsc(long programId, Instant since);

    List<FeedbackItem> findByIdIn(Collection<Long> ids);
}
