package com.cohelm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * Refuses a sign-in posted from another site. Vaadin's login form posts without a CSRF token, so a
 * forged form on another site could otherwise sign a victim into the attacker's account. Browsers say
 * where a request comes from ({@code Sec-Fetch-Site}, {@code Origin}); clients that say nothing, such
 * as scripts, are let through, as they cannot be driven by another site.
 */
final class SameOriginSignInFilter extends SignInPostFilter {

    private static final Set<String> ALLOWED_FETCH_SITES = Set.of("same-origin", "none");

    SameOriginSignInFilter(String loginPath) {
        super(loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isCrossSite(request)) {
            // A plain answer, not sendError: the error page would be behind the sign-in and redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign-in refused: it was sent from another site.");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isCrossSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !ALLOWED_FETCH_SITES.contains(fetchSite);
        }
        var origin = request.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            return false;
        }
        try {
            var host = URI.create(origin).getHost();
            return host == null || !host.equalsIgnoreCase(request.getServerName());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }
}
