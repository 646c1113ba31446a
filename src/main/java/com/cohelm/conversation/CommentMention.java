package com.cohelm.conversation;

import com.cohelm.base.db.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** A person a comment names with an @mention, checked to be someone who may read the thread. */
@Entity
@Immutable
@IdClass(CommentMention.Key.class)
@Table(name = "comment_mention")
class CommentMention extends AssignedKeyRow<CommentMention.Key> {

    record Key(long commentId, long personId) implements Serializable {
        Key() {
            this(0, 0);
        }
    }

    @Id
    @Column(name = "comment_id")
    private long commentId;

    @Id
    @Column(name = "person_id")
    private long personId;

    protected CommentMention() {
    }

    @Override
    public Key getId() {
        return new Key(commentId, personId);
    }

    CommentMention(long commentId, long personId) {
        this.commentId = commentId;
        this.personId = personId;
    }

    long getCommentId() {
        return commentId;
    }

    long getPersonId() {
        return personId;
    }
}
