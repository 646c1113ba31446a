package com.cohelm.support;

/** The demo logins of DESIGN.md; all share the password {@link #PASSWORD}. */
public final class DemoLogins {

    public static final String PASSWORD = "accord-demo";
    public static final String SUPPLIER_ADMIN = "admin@northwind.example";
    public static final String SUPPLIER_MEMBER = "sam@northwind.example";
    public static final String CUSTOMER_ADMIN = "bea@brightline.example";
    public static final String CUSTOMER_MEMBER = "victor@verdant.example";
    public static final String CUSTOMER_VIEWER = "olivia@brightline.example";

    public static final String BRIGHTLINE_PROGRAM = "Production test firmware for the holiday launch";
    public static final String VERDANT_PROGRAM = "Clean-tech pilot line";
    public static final String CALLOWAY_PROGRAM = "Workshop systems rollout";

    private DemoLogins() {
    }
}
