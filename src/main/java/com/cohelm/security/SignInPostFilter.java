package com.cohelm.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that looks only at the sign-in form's POST. */
abstract class SignInPostFilter extends OncePerRequestFilter {

    private final String loginPath;

    SignInPostFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    String loginPath() {
        return loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !(request.getContextPath() + loginPath).equals(request.getRequestURI());
    }
}
