package com.cohelm.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Refuses a sign-in while it must wait, before the password is even checked: a throttled attempt tells
 * nothing about the password, right or wrong. It first reads the browser's known-device cookie for the
 * account being signed in to (kept on the request for {@link SignInAttempts}), and gives the browser a fresh
 * one when the sign-in succeeds (decision 0030).
 */
final class SignInThrottleFilter extends SignInPostFilter {

    static final String THROTTLED_PARAMETER = "throttled";
    /** The request attribute holding the known device's id, when the browser proved one. */
    static final String KNOWN_DEVICE = SignInThrottleFilter.class.getName() + ".knownDevice";

    private final SignInThrottle throttle;
    private final KnownDevices devices;
    private final boolean httpsOnly;

    SignInThrottleFilter(String loginPath, SignInThrottle throttle, KnownDevices devices, boolean httpsOnly) {
        super(loginPath);
        this.throttle = throttle;
        this.devices = devices;
        this.httpsOnly = httpsOnly;
    }

    static Optional<String> knownDevice(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(KNOWN_DEVICE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var email = request.getParameter("username");
        var device = devices.deviceOf(cookie(request), email);
        device.ifPresent(id -> request.setAttribute(KNOWN_DEVICE, id));
        var wait = throttle.waitFor(email, request.getRemoteAddr(), device);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.sendRedirect(request.getContextPath() + loginPath() + "?error&" + THROTTLED_PARAMETER + "=" + seconds);
            return;
        }
        chain.doFilter(request, new RememberDeviceOnSuccess(request, response, email));
    }

    private static String cookie(HttpServletRequest request) {
        return request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> KnownDevices.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
    }

    /** The success handler redirects: the cookie goes on that answer, before it is sent. */
    private final class RememberDeviceOnSuccess extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final String email;

        RememberDeviceOnSuccess(HttpServletRequest request, HttpServletResponse response, String email) {
            super(response);
            this.request = request;
            this.email = email;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.isAuthenticated()
                    && authentication.getPrincipal() instanceof CohelmUserDetails) {
                var cookie = new Cookie(KnownDevices.COOKIE, devices.issue(email));
                cookie.setHttpOnly(true);
                cookie.setSecure(httpsOnly || request.isSecure());
                cookie.setPath(request.getContextPath() + loginPath());
                cookie.setMaxAge((int) KnownDevices.LIFETIME.toSeconds());
                cookie.setAttribute("SameSite", "Lax");
                addCookie(cookie);
            }
            super.sendRedirect(location);
        }
    }
}
