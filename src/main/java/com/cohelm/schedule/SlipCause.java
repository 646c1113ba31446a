package com.cohelm.schedule;

/** Why a milestone slipped: the question the other side asks first. */
public enum SlipCause {
    SUPPLIER,
    CUSTOMER,
    EXTERNAL,
    SCOPE_CHANGE
}
