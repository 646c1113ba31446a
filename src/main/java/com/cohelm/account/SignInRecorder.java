package com.cohelm.account;

import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.security.CohelmUserDetails;
import com.cohelm.security.SignInThrottled;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps every sign-in and failed sign-in in the activity log (the audit log reads them) and the
 * person's last sign-in time; a failure that starts a wait (the throttle says so) is recorded as throttling.
 */
@Component
class SignInRecorder {

    private final UserAccountRepository users;
    private final ActivityRecorder activity;
    private final Clock clock;

    SignInRecorder(UserAccountRepository users, ActivityRecorder activity, Clock clock) {
        this.users = users;
        this.activity = activity;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CohelmUserDetails details)) {
            return;
        }
        var user = details.user();
        users.findById(user.id()).ifPresent(account -> account.signedIn(clock.instant()));
        activity.record(ActivityEntry.of(ActivityKind.SIGNED_IN)
                .actor(user.id(), user.email(), user.side())
                .organization(user.organizationId())
                .subject("user", user.id(), user.displayName()));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var email = String.valueOf(event.getAuthentication().getName());
        var account = users.findByEmailWithOrganization(UserAccount.normalizeEmail(email));
        account.ifPresent(UserAccount::signInFailed);
        var entry = ActivityEntry.of(ActivityKind.SIGN_IN_FAILED);
        account.ifPresentOrElse(
                a -> entry.actor(a.getId(), a.getEmail(), a.getOrganization().getKind())
                        .organization(a.getOrganization().getId()),
                () -> entry.actor(null, email));
        activity.record(entry);
    }

    /** Another module's event: recorded in the event registry and handled after the failure committed (0034). */
    @ApplicationModuleListener
    public void onThrottled(SignInThrottled event) {
        var throttled = ActivityEntry.of(ActivityKind.SIGN_IN_THROTTLED).change(null, event.delay().toSeconds() + " s");
        users.findByEmailWithOrganization(event.email()).ifPresentOrElse(
                a -> throttled.actor(a.getId(), a.getEmail()).organization(a.getOrganization().getId())
                        .subject("user", a.getId(), a.getDisplayName()),
                () -> throttled.actor(null, event.email()));
        activity.record(throttled);
    }
}
