package com.cohelm.review;

import com.cohelm.account.AccountDirectory;
import com.cohelm.base.cluster.ClusterBus;
import com.cohelm.base.cluster.ClusterMessage;
import com.cohelm.program.ProgramAccessPolicy;
import com.cohelm.security.CurrentUser;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Pushes review changes to every open screen of the review, on every node. A screen registers with the
 * person looking at it; once a change is committed, each listener is checked again before delivery: a
 * person whose account was disabled, or who may no longer see the program (removed from it, moved to
 * another organization), is dropped and receives nothing more. Delivery runs off the request thread, so a
 * slow screen never slows the person who made the change.
 *
 * <p>The change travels on the {@link ClusterBus} as ids only ({@code review program what}): each node pushes to
 * its own screens, which read the review again as their user. On one node the bus stays in this JVM; in a
 * cluster it reaches the screens open on the other nodes too (decisions 0017 and 0038).
 */
@Component
public class ReviewBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(ReviewBroadcaster.class);
    private static final String TOPIC = "review";

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
    private final ProgramAccessPolicy accessPolicy;
    private final AccountDirectory directory;
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("review-push-", 0).factory());
    private final ClusterBus bus;
    private final ClusterBus.Subscription subscription;

    ReviewBroadcaster(ProgramAccessPolicy accessPolicy, AccountDirectory directory, ClusterBus bus) {
        this.accessPolicy = accessPolicy;
        this.directory = directory;
        this.bus = bus;
        this.subscription = bus.subscribe(TOPIC, this::onMessage);
    }

    private record Listener(CurrentUser user, Consumer<ReviewUpdate> consumer) {
    }

    /**
     * Delivers the review's updates to {@code consumer} while {@code user} may see its program. The caller
     * has read the review as that user; it removes the registration when its screen closes (on detach).
     */
    public Registration register(long reviewId, CurrentUser user, Consumer<ReviewUpdate> consumer) {
        Objects.requireNonNull(user, "user");
        var listener = new Listener(user, consumer);
        listeners.computeIfAbsent(reviewId, id -> ConcurrentHashMap.newKeySet()).add(listener);
        return () -> remove(reviewId, listener);
    }

    /** How many screens are open on a review on this node: for tests and for the page ("3 screens follow"). */
    public int listenerCount(long reviewId) {
        var set = listeners.get(reviewId);
        return set == null ? 0 : set.size();
    }

    /**
     * Its own module's event, kept out of the event registry on purpose (decision 0034): the screens are in
     * this JVM's memory, so after a restart there is nobody left to tell, and a row per change of a live
     * meeting would be waste. Hence no transactional listener (the registry also marks those completed):
     * the push waits for the commit itself, or goes at once outside a transaction.
     */
    @EventListener
    void onPublished(ReviewUpdate update) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onCommitted(update);
                }
            });
        } else {
            onCommitted(update);
        }
    }

    /** Every node, this one included, hears of the committed change; each tells its own screens. */
    private void onCommitted(ReviewUpdate update) {
        bus.publish(TOPIC, update.reviewId() + " " + update.programId() + " " + update.what().name());
    }

    private void onMessage(ClusterMessage message) {
        var ids = message.body().split(" ");
        deliverHere(new ReviewUpdate(Long.parseLong(ids[0]), Long.parseLong(ids[1]),
                ReviewUpdate.What.valueOf(ids[2])));
    }

    private void deliverHere(ReviewUpdate update) {
        var set = listeners.get(update.reviewId());
        if (set == null || set.isEmpty()) {
            return;
        }
        for (var listener : Set.copyOf(set)) {
            delivery.execute(() -> deliver(update, listener));
        }
    }

    private void deliver(ReviewUpdate update, Listener listener) {
        try {
            var stillSees = directory.activeUser(listener.user().id())
                    .flatMap(user -> accessPolicy.findFor(user, update.programId())).isPresent();
            if (!stillSees) {
                remove(update.reviewId(), listener);
                return;
            }
            listener.consumer().accept(update);
        } catch (RuntimeException e) {
            log.warn("Could not push review {} to user {}", update.reviewId(), listener.user().id(), e);
        }
    }

    private void remove(long reviewId, Listener listener) {
        listeners.computeIfPresent(reviewId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void shutdown() {
        subscription.close();
        delivery.shutdownNow();
    }
}
