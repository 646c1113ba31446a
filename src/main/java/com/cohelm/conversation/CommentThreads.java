package com.cohelm.conversation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;

/**
 * Makes the thread panel that feature pages embed under a goal, a milestone, an action item, a feedback item or
 * a review. A Spring bean (implemented in {@code conversation.ui}); pages ask for it by this interface, so that
 * no feature's views reach into another feature's views (decision 0018).
 */
public interface CommentThreads {

    /** The query parameter of a link to one comment: {@code programs/1/goals/5?comment=12}. */
    String COMMENT_PARAMETER = "comment";

    /**
     * A panel showing the thread's newest comments (more on request), and an editor where the reader may write.
     * The subject must be one the reader may see: the page has just shown it.
     *
     * @param focus the comment to scroll to and highlight (from a link), or null
     */
    Component panel(CommentSubject subject, Long focus);

    /** The comment a page's address names with {@code ?comment=ID}, or null. */
    static Long focus(QueryParameters parameters) {
        return parameters.getSingleParameter(COMMENT_PARAMETER).filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf)
                .orElse(null);
    }
}
