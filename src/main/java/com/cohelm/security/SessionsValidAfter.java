package com.cohelm.security;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Where each person's "sessions valid after" instant is kept: with their account, written in the transaction of
 * the change that ends their sessions, so every node reads the same (decision 0039). The account module
 * provides it; this module reads it on requests and in its sweep of the node's sessions.
 */
public interface SessionsValidAfter {

    /** The instant before which each person's sessions are ended, for those of them who have one. */
    Map<Long, Instant> of(Collection<Long> userIds);
}
