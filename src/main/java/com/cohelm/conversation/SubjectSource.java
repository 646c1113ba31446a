package com.cohelm.conversation;

import java.util.Optional;

/**
 * Answers, for one kind of commented thing, whether the signed-in reader may see a given one, through its
 * feature's own access-checked service: the extension point by which a feature gives its things a thread
 * (issue 19), implemented in the feature's own module so that the conversation depends on none of them.
 * Every Spring bean implementing it serves the {@link #type()} it names (one of {@link CommentSubject}'s
 * constants); a thing the reader may not see (another customer's, a program they are not in, a
 * supplier-internal thing for a customer) is empty, exactly like a missing one.
 */
public interface SubjectSource {

    String type();

    /**
     * The thing in that program, if it exists there and the reader may see it. A feature's service answers a
     * hidden program with {@link com.cohelm.base.ResourceNotFoundException}: it may be thrown on from here,
     * and reads as empty.
     */
    Optional<SubjectInfo> find(long programId, long id);
}
