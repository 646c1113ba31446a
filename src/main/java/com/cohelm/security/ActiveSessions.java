package com.cohelm.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
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
 * an ended session (a click, a push) finds it gone and goes to the sign-in page.
 */
@Component
public class ActiveSessions implements HttpSessionListener {

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    /** Ends every session of the person. Returns how many were ended. */
    public int endAll(long userId) {
        return endAllExcept(userId, null);
    }

    /** Ends every session of the person except the one the current request belongs to. */
    public int endOthers(long userId) {
        return endAllExcept(userId, currentSessionId().orElse(null));
    }

    /** How many sessions of the person are open. */
    public long count(long userId) {
        return sessions.values().stream().filter(session -> belongsTo(session, userId)).count();
    }

    private int endAllExcept(long userId, String keep) {
        int ended = 0;
        for (var session : sessions.values()) {
            if (!Objects.equals(session.getId(), keep) && belongsTo(session, userId)) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // ended meanwhile
                }
                sessions.remove(session.getId());
            }
        }
        return ended;
    }

    private static boolean belongsTo(HttpSession session, long userId) {
        try {
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                    instanceof SecurityContext context
                    && context.getAuthentication() != null
                    && context.getAuthentication().getPrincipal() instanceof CohelmUserDetails details
                    && details.user().id() == userId;
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    private static Optional<String> currentSessionId() {
        var vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getHttpServletRequest().getSession(false)).map(HttpSession::getId);
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return Optional.ofNullable(attributes.getRequest().getSession(false)).map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
