package com.cohelm.conversation;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * What someone writes: Markdown and the people it mentions (chosen from
 * {@link ConversationService#mentionCandidates}).
 */
public record CommentDraft(@NotNull String markdown, @NotNull Set<Long> mentions) {

    public static final int MAX_LENGTH = 10_000;

    public CommentDraft {
        mentions = mentions == null ? Set.of() : Set.copyOf(mentions);
    }

    public static CommentDraft of(String markdown, Long... mentioned) {
        return new CommentDraft(markdown, Set.of(mentioned));
    }
}
