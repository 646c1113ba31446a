package com.cohelm.security;

/**
 * The two sides of every relationship: the one supplier that runs CoHelm, and its customers.
 */
public enum Side {
    SUPPLIER,
    CUSTOMER;

    public Side other() {
        return this == SUPPLIER ? CUSTOMER : SUPPLIER;
    }
}
