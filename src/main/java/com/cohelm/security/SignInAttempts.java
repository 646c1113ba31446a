package com.cohelm.security;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the throttle how each sign-in through the form ended, with the known device the form's request
 * proved (if any), and announces a wait that a failure starts so the audit trail records it.
 */
@Component
class SignInAttempts {

    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate inTransaction;

    SignInAttempts(SignInThrottle throttle, ApplicationEventPublisher events, TransactionTemplate inTransaction) {
        this.throttle = throttle;
        this.events = events;
        this.inTransaction = inTransaction;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CohelmUserDetails details) {
            throttle.succeeded(details.user().email(), knownDevice());
        }
    }

    /**
     * A wait it starts is published in a transaction: the event registry records it there and tells the audit
     * trail once it committed (decision 0034).
     */
    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        var email = String.valueOf(event.getAuthentication().getName());
        var address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        throttle.failed(email, address, knownDevice())
                .ifPresent(wait -> inTransaction.executeWithoutResult(status -> events.publishEvent(
                        new SignInThrottled(EmailAddresses.canonical(email), wait))));
    }

    /** The device the current sign-in request proved: the filter in front of the form found it. */
    private static Optional<String> knownDevice() {
        return Optional.ofNullable(RequestContextHolder.getRequestAttributes())
                .filter(ServletRequestAttributes.class::isInstance)
                .map(attributes -> ((ServletRequestAttributes) attributes).getRequest())
                .flatMap(SignInThrottleFilter::knownDevice);
    }
}
