package com.cohelm.conversation;

import java.time.Instant;

/** One wording of a comment, current or earlier, with when it was written. */
public record CommentRevisionView(String markdown, String html, Instant writtenAt, boolean current) {
}
