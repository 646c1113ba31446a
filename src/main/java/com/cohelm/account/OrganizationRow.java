package com.cohelm.account;

import com.cohelm.security.Side;

/** An organization as the administration lists it. */
public record OrganizationRow(long id, long version, String name, Side side, boolean archived, long people,
        boolean hasLogo) {
}
