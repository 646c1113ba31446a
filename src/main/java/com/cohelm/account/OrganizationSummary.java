package com.cohelm.account;

import com.cohelm.security.Side;

public record OrganizationSummary(long id, String name, Side side, boolean archived) {
}
