package com.cohelm.account;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which organizations have a logo, kept in memory: the header asks on every page, and a page should
 * not cost a query for it. Loaded at start, updated when a logo is saved or removed (after commit);
 * like the sign-in throttle, it assumes one CoHelm node.
 */
@Component
class LogoCatalog {

    private final OrganizationLogoRepository logos;
    private final Set<Long> withLogo = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;

    LogoCatalog(OrganizationLogoRepository logos) {
        this.logos = logos;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        withLogo.addAll(logos.findOrganizationsWithLogo());
        loaded = true;
    }

    boolean has(long organizationId) {
        if (!loaded) {
            load();
        }
        return withLogo.contains(organizationId);
    }

    void changed(long organizationId, boolean hasLogo) {
        Runnable update = () -> {
            if (hasLogo) {
                withLogo.add(organizationId);
            } else {
                withLogo.remove(organizationId);
            }
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
}
