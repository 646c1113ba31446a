package com.cohelm.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one way services and views learn who is signed in.
 */
@Component
public class CurrentUserService {

    private final AuthenticationContext authenticationContext;
    private final Clock clock;

    CurrentUserService(AuthenticationContext authenticationContext, Clock clock) {
        this.authenticationContext = authenticationContext;
        this.clock = clock;
    }

    public Optional<CurrentUser> find() {
        return authenticationContext.getAuthenticatedUser(CohelmUserDetails.class).map(CohelmUserDetails::user);
    }

    /** The signed-in user; refuses anonymous callers. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Sign-in required"));
    }

    /** Today where the signed-in person is, by the application's clock (never the system's: tests fix it). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(require().timeZone()));
    }

    public void signOut() {
        authenticationContext.logout();
    }
}
