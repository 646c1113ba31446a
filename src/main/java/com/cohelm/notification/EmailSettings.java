package com.cohelm.notification;

import java.util.Map;

/**
 * A person's email choice for every kind of notification, and the version the form saves against
 * (null before they first saved: the defaults apply).
 */
public record EmailSettings(Map<NotificationKind, EmailDelivery> deliveries, Long version) {

    public EmailSettings {
        deliveries = Map.copyOf(deliveries);
    }
}
