package com.cohelm.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open sessions of this server, so that disabling a person, a password reset or "sign out
 * everywhere" ends that person's sessions at once rather than when they time out: the next request of
 * an ended session (a click, a push) finds it gone and goes to the sign-in page. The sessions the person has on
 * other nodes end there through the cutoff written with the change (decision 0039): at their next request
 * ({@link EndedSessionFilter}) or at the node's next sweep ({@link #endSignedInBefore}), whichever comes first.
 */
@Component
public class ActiveSessions implements HttpSessionListener, HttpSessionIdListener {

    /** How many people's cutoffs one read of the sweep asks for. */
    static final int SWEEP_BATCH = 500;

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** A sign-in renews the session's id (session fixation): the session is kept under its new id. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session of the person. Returns how many were ended. */
    public int endAll(long userId) {
        return endAllExcept(userId, null);
    }

    /**
     * Ends every session of the person except the one the current request belongs to, which now counts as signed
     * in at {@code validAfter}, the cutoff that ends the person's sessions on the other nodes: its person just
     * proved who they are again (a new password typed with the current one).
     */
    public int endOthers(long userId, Instant validAfter) {
        var current = currentSession();
        current.ifPresent(session -> SignedInAt.stamp(session, validAfter));
        return endAllExcept(userId, current.map(HttpSession::getId).orElse(null));
    }

    /** How many sessions of the person are open. */
    public long count(long userId) {
        return sessionsOf(userId).size();
    }

    /** The person's open sessions on this node. */
    List<HttpSession> sessionsOf(long userId) {
        return sessions.values().stream().filter(session -> belongsTo(session, userId)).toList();
    }

    /**
     * Ends this node's sessions signed in before their person's cutoff (decision 0039): those ended on another
     * node while they made no request here (a page left open that only receives pushes). One read of the cutoffs
     * per {@value #SWEEP_BATCH} signed-in people. Returns how many were ended.
     */
    int endSignedInBefore(SessionsValidAfter validAfter) {
        var byPerson = new HashMap<Long, List<HttpSession>>();
        for (var session : sessions.values()) {
            userId(session).ifPresent(id -> byPerson.computeIfAbsent(id, any -> new ArrayList<>()).add(session));
        }
        var people = new ArrayList<>(byPerson.keySet());
        int ended = 0;
        for (int from = 0; from < people.size(); from += SWEEP_BATCH) {
            var cutoffs = validAfter.of(people.subList(from, Math.min(people.size(), from + SWEEP_BATCH)));
            for (var cutoff : cutoffs.entrySet()) {
                for (var session : byPerson.get(cutoff.getKey())) {
                    if (signedInBefore(session, cutoff.getValue()) && end(session)) {
                        ended++;
                    }
                }
            }
        }
        return ended;
    }

    private int endAllExcept(long userId, String keep) {
        int ended = 0;
        for (var session : sessions.values()) {
            if (!Objects.equals(session.getId(), keep) && belongsTo(session, userId) && end(session)) {
                ended++;
            }
        }
        return ended;
    }

    private boolean end(HttpSession session) {
        sessions.remove(session.getId());
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyInvalid) {
            return false; // ended meanwhile
        }
    }

    private static boolean belongsTo(HttpSession session, long userId) {
        return userId(session).filter(id -> id == userId).isPresent();
    }

    private static Optional<Long> userId(HttpSession session) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof CohelmUserDetails details
                    ? Optional.of(details.user().id()) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private static boolean signedInBefore(HttpSession session, Instant validAfter) {
        try {
            return SignedInAt.of(session).isBefore(validAfter);
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static Optional<HttpSession> currentSession() {
        var vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getHttpServletRequest().getSession(false));
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false));
        }
        return Optional.empty();
    }
}
