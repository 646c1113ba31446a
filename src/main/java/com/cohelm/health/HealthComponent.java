package com.cohelm.health;

import com.cohelm.security.Side;

/**
 * The inputs of relationship health. Joint components measure the work both sides share; the others
 * measure one side, and together they show which side carries the relationship. The weights live in
 * {@link HealthScore#WEIGHTS}.
 */
public enum HealthComponent {
    /** Joint goals on track or achieved; at risk counts half, off track nothing; dropped ones are left out. */
    GOALS(null, HealthArea.GOALS),
    /** Milestones on time; each day a milestone slips past its baseline costs it a thirtieth. */
    SCHEDULE(null, HealthArea.SCHEDULE),
    /** Share of the supplier's actions and answers done by their due date, last 90 days. */
    SUPPLIER_RESPONSIVENESS(Side.SUPPLIER, HealthArea.RESPONSIVENESS),
    CUSTOMER_RESPONSIVENESS(Side.CUSTOMER, HealthArea.RESPONSIVENESS),
    /** The supplier as the customer rates it in the latest revealed pulse (1–5). */
    SUPPLIER_PULSE(Side.SUPPLIER, HealthArea.PULSE),
    /** The collaboration as the supplier team rates it in the latest revealed pulse (1–5). */
    CUSTOMER_PULSE(Side.CUSTOMER, HealthArea.PULSE),
    /** Share of the side's program members who did something in the program in the last 30 days. */
    SUPPLIER_ENGAGEMENT(Side.SUPPLIER, HealthArea.ENGAGEMENT),
    CUSTOMER_ENGAGEMENT(Side.CUSTOMER, HealthArea.ENGAGEMENT);

    private final Side side;
    private final HealthArea area;

    HealthComponent(Side side, HealthArea area) {
        this.side = side;
        this.area = area;
    }

    /** The side this component measures, or null for a joint one. */
    public Side side() {
        return side;
    }

    public HealthArea area() {
        return area;
    }
}
