package com.cohelm.conversation;

import java.util.List;

/**
 * One page of a thread: its newest comments (or those before a given one), oldest first, so the newest is last.
 *
 * @param title        the commented thing's title as the reader sees it
 * @param supplierOnly a supplier-internal thread: customers never see it
 * @param mayPost      the reader may write here (not viewers)
 * @param total        how many comments the thread has, deleted ones included
 * @param earlier      there are older comments than the first of this page
 */
public record CommentThread(
        CommentSubject subject,
        String title,
        boolean supplierOnly,
        boolean mayPost,
        long total,
        List<CommentView> comments,
        boolean earlier) {
}
