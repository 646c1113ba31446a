package com.cohelm.conversation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentMentionRepository extends JpaRepository<CommentMention, CommentMention.Key> {

    List<CommentMention> findByCommentIdIn(Collection<Long> commentIds);
}
