package com.cohelm.schedule;

import com.cohelm.security.Side;

/** Who answers for a milestone: one side, or both together. */
public enum OwnerSide {
    SUPPLIER,
    CUSTOMER,
    JOINT;

    /** Whether people of {@code side} answer for a milestone owned this way (decision 0023). */
    public boolean includes(Side side) {
        return this == JOINT || name().equals(side.name());
    }
}
