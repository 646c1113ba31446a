package com.cohelm.account;

import com.cohelm.base.cluster.ClusterBus;
import com.cohelm.base.cluster.ClusterMessage;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which organizations have a logo, kept in memory: the header asks on every page, and a page should
 * not cost a query for it. Loaded at start, updated when a logo is saved or removed (after commit). The
 * other nodes of a cluster hear of the change on the {@link ClusterBus} (the organization's id only) and read
 * whether it has a logo from the database; as a message is lost while a node is cut off from Redis, a node of a
 * cluster also reads the whole catalog again every few minutes (decision 0038).
 */
@Component
class LogoCatalog {

    private static final String TOPIC = "logo";

    private final OrganizationLogoRepository logos;
    private final ClusterBus bus;
    private final ClusterBus.Subscription subscription;
    private final Set<Long> withLogo = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    LogoCatalog(OrganizationLogoRepository logos, ClusterBus bus) {
        this.logos = logos;
        this.bus = bus;
        this.subscription = bus.subscribe(TOPIC, this::onMessage);
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        withLogo.addAll(logos.findOrganizationsWithLogo());
        loaded = true;
    }

    // On every node, without the cluster's job lock (decision 0037): each node refreshes its own memory.
    @Scheduled(fixedDelayString = "${cohelm.cluster.logo-refresh:PT5M}",
            initialDelayString = "${cohelm.cluster.logo-refresh:PT5M}")
    void reloadInCluster() {
        if (bus.spansNodes()) {
            var fresh = Set.copyOf(logos.findOrganizationsWithLogo());
            withLogo.addAll(fresh);
            withLogo.retainAll(fresh);
        }
    }

    boolean has(long organizationId) {
        if (!loaded) {
            load();
        }
        return withLogo.contains(organizationId);
    }

    void changed(long organizationId, boolean hasLogo) {
        Runnable update = () -> {
            set(organizationId, hasLogo);
            bus.publish(TOPIC, String.valueOf(organizationId));
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }

    /** Another node changed a logo: the database says whether the organization has one now. */
    private void onMessage(ClusterMessage message) {
        if (!message.fromThisNode()) {
            var organizationId = Long.parseLong(message.body());
            set(organizationId, logos.existsById(organizationId));
        }
    }

    private void set(long organizationId, boolean hasLogo) {
        if (hasLogo) {
            withLogo.add(organizationId);
        } else {
            withLogo.remove(organizationId);
        }
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }
}
