package com.cohelm.account;

import com.cohelm.security.Role;

/** Who to invite: their email, organization and role; the name is a suggestion they may change. */
public record InvitationDraft(String email, Long organizationId, Role role, String displayName) {
}
