package com.cohelm.feedback;

/**
 * How differently the two sides see one theme of the relationship: each side's average rating of it
 * (1–5). The customer rates the supplier, the supplier rates the collaboration, so a large gap means
 * one side thinks the relationship works far better than the other does.
 */
public record PerceptionGap(PulseTheme theme, double customerView, double supplierView) {

    public double gap() {
        return Math.abs(customerView - supplierView);
    }

    /** The side that sees this theme more favourably. */
    public com.cohelm.security.Side rosierSide() {
        return customerView >= supplierView ? com.cohelm.security.Side.CUSTOMER : com.cohelm.security.Side.SUPPLIER;
    }
}
