package com.cohelm.notification;

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
 * Tells a person's open screens, in this JVM, that they have a new notification, so the bell's count moves
 * without a page change. It carries no content: each screen asks the service for its count as its user.
 * On several nodes a screen on another node learns of it at the person's next navigation.
 */
@Component
public class NotificationBroadcaster {

    private final Map<Long, Set<Consumer<Long>>> listeners = new ConcurrentHashMap<>();
    /**
     * Off the committing thread: the person who acted never waits for other screens, and each screen then
     * reads its count in its own UI, as its own user.
     */
    private final ExecutorService delivery = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notification-push-", 0).factory());

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
        delivery.shutdown();
    }

    void announce(long userId, long notificationId) {
        var set = listeners.get(userId);
        if (set != null) {
            Set.copyOf(set).forEach(listener -> delivery.execute(() -> listener.accept(notificationId)));
        }
    }
}
