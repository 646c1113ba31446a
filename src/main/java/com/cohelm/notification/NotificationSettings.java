package com.cohelm.notification;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's email choices, one per kind; a kind without a row keeps its default. */
@Entity
@Table(name = "notification_settings")
class NotificationSettings {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "notification_delivery", joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "kind")
    @MapKeyEnumerated(EnumType.STRING)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "delivery", nullable = false, length = 16)
    private Map<NotificationKind, EmailDelivery> deliveries = new HashMap<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected NotificationSettings() {
    }

    NotificationSettings(long userId, Instant at) {
        this.userId = userId;
        this.updatedAt = at;
    }

    /** Every kind, with the default where the person chose nothing. */
    Map<NotificationKind, EmailDelivery> effective() {
        return effective(deliveries);
    }

    static Map<NotificationKind, EmailDelivery> effective(Map<NotificationKind, EmailDelivery> chosen) {
        var all = new EnumMap<NotificationKind, EmailDelivery>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            all.put(kind, chosen.getOrDefault(kind, kind.defaultDelivery()));
        }
        return all;
    }

    /** Keeps these choices, writing only the ones that changed; the version moves when any did. */
    void choose(Map<NotificationKind, EmailDelivery> chosen, Instant at) {
        if (deliveries.equals(chosen)) {
            return;
        }
        deliveries.keySet().retainAll(chosen.keySet());
        deliveries.putAll(chosen);
        // Touched when only the map changed, so that the version moves with the choices.
        updatedAt = at;
    }

    long getUserId() {
        return userId;
    }

    long getVersion() {
        return version;
    }
}
