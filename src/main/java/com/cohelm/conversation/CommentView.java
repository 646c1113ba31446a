package com.cohelm.conversation;

import com.cohelm.account.PersonSummary;
import java.time.Instant;
import java.util.List;

/**
 * A comment as a reader of its thread sees it. A deleted comment keeps its author and times but shows no
 * text: {@code markdown} and {@code html} are null, {@code mentions} empty, {@code revisions} 0.
 *
 * @param html      the Markdown rendered and sanitised, mentions highlighted, in one {@code <div>}
 * @param editedAt  when its author last changed it, or null
 * @param revisions how many earlier wordings its history keeps
 * @param mayEdit   the reader is its author and may still write in the thread
 * @param mayDelete the author, or a supplier admin moderating
 */
public record CommentView(
        long id,
        PersonSummary author,
        Instant createdAt,
        Instant editedAt,
        Instant deletedAt,
        String markdown,
        String html,
        List<PersonSummary> mentions,
        int revisions,
        long version,
        boolean mayEdit,
        boolean mayDelete) {

    public boolean deleted() {
        return deletedAt != null;
    }

    public boolean edited() {
        return editedAt != null;
    }
}
