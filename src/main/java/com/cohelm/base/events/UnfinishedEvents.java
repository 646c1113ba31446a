package com.cohelm.base.events;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Hands what the last run left unfinished to its listeners again, once the application is ready
 * (decision 0034): a publication of the event registry without a completion date is an event whose
 * listener in another module failed, or was running when the process died. Only publications made before
 * this run started are resubmitted, never one of this run's that is still being handled: on one node
 * nothing is handled twice. Several nodes need a guard first (one node resubmits, the others do not).
 *
 * <p>Not Modulith's {@code spring.modulith.events.republish-outstanding-events-on-restart}: it resubmits
 * while the context still starts, before the application is ready, when the notification centre does
 * not mail yet (what happens during the start is not news) and the links' port is not known.
 */
@Component
class UnfinishedEvents implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedEvents.class);

    private final IncompleteEventPublications publications;
    private final Clock clock;
    private volatile Instant runStartedAt;

    UnfinishedEvents(IncompleteEventPublications publications, Clock clock) {
        this.publications = publications;
        this.clock = clock;
    }

    /** Every bean exists, nothing of this run was published yet: the moment Modulith's own option uses. */
    @Override
    public void afterSingletonsInstantiated() {
        runStartedAt = clock.instant();
    }

    /** Last among the ready listeners: the notification centre mails from now on. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void resubmit() {
        var startedAt = runStartedAt;
        log.debug("Resubmitting the event publications left incomplete before {}", startedAt);
        publications.resubmitIncompletePublications(publication -> {
            var earlier = publication.getPublicationDate().isBefore(startedAt);
            if (earlier) {
                log.info("Resubmitting event publication {} ({}), left incomplete by an earlier run",
                        publication.getIdentifier(), publication.getEvent().getClass().getSimpleName());
            }
            return earlier;
        });
    }
}
