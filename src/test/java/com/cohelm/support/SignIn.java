package com.cohelm.support;

import com.cohelm.security.CohelmUserDetails;
import com.cohelm.security.CurrentUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a person in for a service test, the way a successful form login leaves the security context. */
@Component
public class SignIn {

    private final UserDetailsService userDetailsService;

    SignIn(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public CurrentUser as(String email) {
        var details = (CohelmUserDetails) userDetailsService.loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return details.user();
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
