package com.cohelm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session whose person's sessions were ended on another node since they signed in (decision
 * 0039), right after Spring Security read the session's sign-in: every request passes here, pages, Vaadin's
 * round trips and heartbeats, and push's connection requests alike. The session is invalidated and the request
 * goes on as anonymous, which is exactly what a session ended on this node by {@link ActiveSessions} meets next:
 * a page is sent to the sign-in page, a round trip is told its session expired and reloads into it.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private final SessionCutoffs cutoffs;

    EndedSessionFilter(SessionCutoffs cutoffs) {
        this.cutoffs = cutoffs;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof CohelmUserDetails details) {
            try {
                if (cutoffs.ended(details.user().id(), SignedInAt.of(session))) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                }
            } catch (IllegalStateException invalidatedMeanwhile) {
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
