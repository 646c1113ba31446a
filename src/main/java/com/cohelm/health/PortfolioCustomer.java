package com.cohelm.health;

/**
 * One customer in the supplier's portfolio: the mean health of its programs this week and the week before,
 * and what is slipping or overdue across them.
 */
public record PortfolioCustomer(long customerId, String customerName, int programs, Integer score,
        Integer previousScore, long slipping, long overdueSupplier, long overdueCustomer) {

    public Trend trend() {
        return Trend.between(previousScore, score);
    }
}
