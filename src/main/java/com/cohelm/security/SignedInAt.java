package com.cohelm.security;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When the person of a session signed in, kept in the session itself, to compare with their sessions' cutoff
 * (decision 0039). To the microsecond, the cutoff's precision in the database.
 */
final class SignedInAt {

    static final String ATTRIBUTE = SignedInAt.class.getName();

    private SignedInAt() {
    }

    static void stamp(HttpSession session, Instant at) {
        session.setAttribute(ATTRIBUTE, at.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * The instant the session's person signed in. A signed-in session without one (made before this was kept)
     * counts as signed in at the beginning of time: any cutoff ends it, none leaves it alone.
     */
    static Instant of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Instant at ? at : Instant.MIN;
    }
}
