package com.cohelm.security;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Who is signed in: enough to decide access without another query.
 */
public record CurrentUser(
        long id,
        long organizationId,
        String organizationName,
        Side side,
        Role role,
        String email,
        String displayName,
        Locale locale,
        ZoneId timeZone,
        Appearance appearance) implements Serializable {

    public boolean isSupplier() {
        return side == Side.SUPPLIER;
    }

    public boolean isCustomer() {
        return side == Side.CUSTOMER;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isSupplierAdmin() {
        return isSupplier() && isAdmin();
    }

    public boolean isViewer() {
        return role == Role.VIEWER;
    }
}
