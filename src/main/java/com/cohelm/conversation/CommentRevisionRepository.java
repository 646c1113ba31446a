package com.cohelm.conversation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRevisionRepository extends JpaRepository<CommentRevision, Long> {

    List<CommentRevision> findByCommentIdOrderByIdDesc(long commentId);

    /** How many earlier wordings each comment has, as (comment id, count) pairs, in one statement. */
    @Query("select r.commentId, count(r) from CommentRevision r where r.commentId in :ids group by r.commentId")
    List<Object[]> countByComment(Collection<Long> ids);
}
