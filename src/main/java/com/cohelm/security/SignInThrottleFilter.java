package com.cohelm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses a sign-in while its account or client address must wait, before the password is even
 * checked: a throttled attempt tells nothing about the password, right or wrong.
 */
final class SignInThrottleFilter extends SignInPostFilter {

    static final String THROTTLED_PARAMETER = "throttled";

    private final SignInThrottle throttle;

    SignInThrottleFilter(String loginPath, SignInThrottle throttle) {
        super(loginPath);
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + loginPath() + "?error&" + THROTTLED_PARAMETER + "=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }
}
