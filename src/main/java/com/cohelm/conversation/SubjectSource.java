package com.cohelm.conversation;

import java.util.Optional;

/**
 * Answers, for one kind of commented thing, whether the signed-in reader may see a given one, through its
 * feature's own access-checked service. Every Spring bean implementing it serves the {@link #type()} it
 * names; a thing the reader may not see (another customer's, a program they are not in, a supplier-internal
 * thing for a customer) is empty, exactly like a missing one.
 */
interface SubjectSource {

    String type();

    /** The thing in that program, if it exists there and the reader may see it. */
    Optional<SubjectInfo> find(long programId, long id);
}
