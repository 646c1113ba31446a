package com.cohelm.conversation;

import com.cohelm.base.jpa.AssignedKeyRow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** A person a comment names with an @mention, checked to be someone who may read the thread. */
@Entity
@Immutable
@Table(name = "comment_mention")
class CommentMention extends AssignedKeyRow<CommentMention.Key> {

    @Embeddable
    record Key(@Column(name = "comment_id") long commentId, @Column(name = "person_id") long personId)
            implements Serializable {
    }

    protected CommentMention() {
    }

    CommentMention(long commentId, long personId) {
        super(new Key(commentId, personId));
    }

    long getCommentId() {
        return getId().commentId();
    }

    long getPersonId() {
        return getId().personId();
    }
}
