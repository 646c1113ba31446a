package com.cohelm.notification;

import com.cohelm.security.CohelmUserDetails;
import com.cohelm.security.CurrentUser;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work of a scheduled job as one person, on this thread only: the feature services then apply their
 * own access rules to that person, so a digest shows exactly what its recipient would see signed in.
 */
final class RunAs {

    private RunAs() {
    }

    static <T> T call(CurrentUser user, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var details = new CohelmUserDetails(user, null, true, false);
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
