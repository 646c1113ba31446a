package com.cohelm.security;

/**
 * A person's role within their own organization. What it allows depends on the side (see DESIGN.md).
 */
public enum Role {
    ADMIN,
    MEMBER,
    /** Reads what a member of the same scope reads; changes nothing. */
    VIEWER
}
