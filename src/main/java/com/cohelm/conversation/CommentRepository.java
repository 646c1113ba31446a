package com.cohelm.conversation;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentRepository extends JpaRepository<Comment, Long> {

    /** The newest comments of a thread older than {@code beforeId} (all when null), newest first. */
    @Query("""
            select c from Comment c
            where c.programId = :programId and c.subjectType = :type and c.subjectId = :subjectId
              and (:beforeId is null or c.id < :beforeId)
            order by c.id desc""")
    List<Comment> findPage(@Param("programId") long programId, @Param("type") String type,
            @Param("subjectId") long subjectId, @Param("beforeId") Long beforeId, Pageable pageable);

    long countByProgramIdAndSubjectTypeAndSubjectId(long programId, String subjectType, long subjectId);
}
