package com.cohelm.account;

/** What a link sent by email lets its holder do, once. */
enum TokenPurpose {
    INVITATION,
    PASSWORD_RESET
}
