package com.cohelm.account;

import java.time.ZoneId;
import java.util.Locale;

/** The signed-in person's own account as the profile page shows and edits it. */
public record ProfileDetails(String email, String displayName, String jobTitle, Locale language, ZoneId timeZone,
        String organizationName) {
}
