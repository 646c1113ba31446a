package com.cohelm.security;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.time.Clock;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in from a page, right after they proved who they are by other means than the login
 * form (an accepted invitation, a password reset link): a new session id, as a form sign-in gets.
 */
@Component
public class SessionSignIn {

    private final UserDetailsService userDetailsService;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserDetailsService userDetailsService, Clock clock) {
        this.userDetailsService = userDetailsService;
        this.clock = clock;
    }

    public void signIn(String email) {
        var context = store(email);
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return; // outside a page (tests of services): the security context is all there is
        }
        // Session fixation: the session gets a new id now that it carries a signed-in person.
        VaadinService.reinitializeSession(request);
        // After the change that led here (a reset ends every session up to its instant): this one is newer.
        SignedInAt.stamp(request.getHttpServletRequest().getSession(), clock.instant());
        save(context, request);
    }

    /**
     * Reloads the signed-in person into their session after they changed their own name or language,
     * so the header and every service see the change at once. Same session, same sign-in instant.
     */
    public void refresh(String email) {
        var context = store(email);
        var request = VaadinServletRequest.getCurrent();
        if (request != null) {
            save(context, request);
        }
    }

    private SecurityContext store(String email) {
        var details = (CohelmUserDetails) userDetailsService.loadUserByUsername(email);
        details.eraseCredentials();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return context;
    }

    private void save(SecurityContext context, VaadinServletRequest request) {
        repository.saveContext(context, request.getHttpServletRequest(),
                ((VaadinServletResponse) VaadinServletResponse.getCurrent()).getHttpServletResponse());
    }
}
