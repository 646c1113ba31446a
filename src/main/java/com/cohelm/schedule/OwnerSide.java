package com.cohelm.schedule;

/** Who answers for a milestone: one side, or both together. */
public enum OwnerSide {
    SUPPLIER,
    CUSTOMER,
    JOINT
}
