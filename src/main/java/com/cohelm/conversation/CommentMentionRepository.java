package com.cohelm.conversation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommentMentionRepository extends JpaRepository<CommentMention, CommentMention.Key> {

    @Query("select m from CommentMention m where m.id.commentId in :commentIds")
    List<CommentMention> findByCommentIdIn(@Param("commentIds") Collection<Long> commentIds);
}
