package com.cohelm.support;

import com.cohelm.base.events.PendingEvents;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The listeners of other modules' events run after their publisher's commit, on threads of their own
 * (decision 0034): a test that reads what they make (a notification, a mail, an audit entry) first waits
 * until every published event was handled. Then what did not arrive will not arrive either.
 */
@Component
public class TestEvents {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final PendingEvents pending;

    TestEvents(ApplicationEventPublisher events, TransactionTemplate transaction, PendingEvents pending) {
        this.events = events;
        this.transaction = transaction;
        this.pending = pending;
    }

    /**
     * Publishes as a service does, in a transaction (a module listener hears only what committed), and
     * waits until it was handled.
     */
    public void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
        awaitHandled();
    }

    /** Waits until the listeners handled every event published so far. */
    public void awaitHandled() {
        if (!pending.awaitHandled(TIMEOUT)) {
            throw new AssertionError(pending.count() + " event publications still pending after " + TIMEOUT);
        }
    }
}
