package com.cohelm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in while its account or client address must wait, before the password is even
 * checked: a throttled attempt tells nothing about the password, right or wrong.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PARAMETER = "throttled";

    private final String loginPath;
    private final SignInThrottle throttle;

    SignInThrottleFilter(String loginPath, SignInThrottle throttle) {
        this.loginPath = loginPath;
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + loginPath + "?error&" + THROTTLED_PARAMETER + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
