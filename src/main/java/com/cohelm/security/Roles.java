package com.cohelm.security;

/**
 * Names of the Spring Security roles CoHelm grants, for {@code @RolesAllowed} on views and services.
 * Every user has the role of their side and the role of their side and organization role combined.
 */
public final class Roles {

    public static final String SUPPLIER = "SUPPLIER";
    public static final String CUSTOMER = "CUSTOMER";
    public static final String SUPPLIER_ADMIN = "SUPPLIER_ADMIN";
    public static final String SUPPLIER_MEMBER = "SUPPLIER_MEMBER";
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";
    public static final String CUSTOMER_MEMBER = "CUSTOMER_MEMBER";
    public static final String CUSTOMER_VIEWER = "CUSTOMER_VIEWER";

    /**
     * For {@code @PreAuthorize} on services. Services do not use {@code @RolesAllowed}: with JSR-250
     * method security on, Spring would proxy the Vaadin views, which carry those annotations too.
     */
    public static final String HAS_SUPPLIER_ADMIN = "hasRole('" + SUPPLIER_ADMIN + "')";

    private Roles() {
    }

    static String combined(Side side, Role role) {
        return side.name() + "_" + role.name();
    }
}
