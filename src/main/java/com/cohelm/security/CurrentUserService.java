package com.cohelm.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one way services and views learn who is signed in.
 */
@Component
public class CurrentUserService {

    private final AuthenticationContext authenticationContext;

    CurrentUserService(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    public Optional<CurrentUser> find() {
        return authenticationContext.getAuthenticatedUser(CohelmUserDetails.class).map(CohelmUserDetails::user);
    }

    /** The signed-in user; refuses anonymous callers. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
