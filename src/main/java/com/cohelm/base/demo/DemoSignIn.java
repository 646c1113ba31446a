package com.cohelm.base.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Does demo work as a demo person, through the same services and rules a signed-in person meets: the
 * contributors that write through services (reviews, comments) use it instead of each their own copy.
 */
@Component
public class DemoSignIn {

    private final UserDetailsService users;

    DemoSignIn(UserDetailsService users) {
        this.users = users;
    }

    /** Runs the work signed in as the person; whoever was signed in before is signed in again after. */
    public <T> T as(String email, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var details = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
