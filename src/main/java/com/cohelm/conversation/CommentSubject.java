package com.cohelm.conversation;

import java.util.regex.Pattern;

/**
 * What a thread is about: a thing of another feature, named by its kind, its program and its id. The
 * conversation service asks the owning feature whether the reader may see it before anything else.
 *
 * @param type one of the constants below (stored in {@code comment.subject_type})
 */
public record CommentSubject(String type, long programId, long id) {

    public static final String GOAL = "goal";
    public static final String MILESTONE = "milestone";
    public static final String ACTION = "action";
    public static final String FEEDBACK = "feedback";
    public static final String REVIEW = "review";

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z-]{0,15}");

    public CommentSubject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Not a subject type: " + type);
        }
    }

    public static CommentSubject goal(long programId, long goalId) {
        return new CommentSubject(GOAL, programId, goalId);
    }

    /** A milestone's thread, which also holds the talk about its slips (decision 0018). */
    public static CommentSubject milestone(long programId, long milestoneId) {
        return new CommentSubject(MILESTONE, programId, milestoneId);
    }

    public static CommentSubject action(long programId, long actionItemId) {
        return new CommentSubject(ACTION, programId, actionItemId);
    }

    public static CommentSubject feedback(long programId, long feedbackItemId) {
        return new CommentSubject(FEEDBACK, programId, feedbackItemId);
    }

    public static CommentSubject review(long programId, long reviewId) {
        return new CommentSubject(REVIEW, programId, reviewId);
    }
}
