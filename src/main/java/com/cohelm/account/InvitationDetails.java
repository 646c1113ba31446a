package com.cohelm.account;

/** What the invitation page shows before the person accepts. */
public record InvitationDetails(String email, String suggestedName, String organizationName, String inviterName) {
}
