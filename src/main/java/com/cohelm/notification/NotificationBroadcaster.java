package com.cohelm.notification;

import com.cohelm.base.cluster.ClusterBus;
import com.cohelm.base.cluster.ClusterMessage;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Tells a person's open screens, on every node, that they have a new notification, so the bell's count moves
 * without a page change. It carries no content: the {@link ClusterBus} carries the person's and the
 * notification's ids, and each screen asks the service for its count as its user (decision 0038).
 */
@Component
public class NotificationBroadcaster {

    private static final String TOPIC = "notification";

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    /**
     * Off the committing thread: the person who acted never waits for other screens, and each screen then
     * reads its count in its own UI, as its own user.
     */
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notification-push-", 0).factory());
    private final ClusterBus bus;
    private final ClusterBus.Subscription subscription;

    NotificationBroadcaster(ClusterBus bus) {
        this.bus = bus;
        this.subscription = bus.subscribe(TOPIC, this::onMessage);
    }

    /** {@code onNew} receives the id of each new notification of {@code userId}, on a background thread. */
    public Registration register(long userId, Consumer<Long> onNew) {
        listeners.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(onNew);
        return () -> listeners.computeIfPresent(userId, (id, set) -> {
            set.remove(onNew);
            return set.isEmpty() ? null : set;
        });
    }

    @PreDestroy
    void stop() {
        subscription.close();
        delivery.shutdown();
    }

    /** Called once the notification is committed: every node, this one included, tells the person's screens. */
    void announce(long userId, long notificationId) {
        bus.publish(TOPIC, userId + " " + notificationId);
    }

    private void onMessage(ClusterMessage message) {
        var ids = message.body().split(" ");
        var set = listeners.get(Long.parseLong(ids[0]));
        if (set != null) {
            var notificationId = Long.parseLong(ids[1]);
            Set.copyOf(set).forEach(listener -> delivery.execute(() -> listener.accept(notificationId)));
        }
    }
}
