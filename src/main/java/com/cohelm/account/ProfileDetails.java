package com.cohelm.account;

import java.time.ZoneId;
import java.util.Locale;

/** The signed-in person's own account as the profile page shows and edits it. */
public record ProfileDetails(String email, String displayName, String jobTitle, Locale language, ZoneId timeZone,
        String organizationName) {

    /** The editable fields as read: the profile form sends them with its save, to save only what changed. */
    public ProfileDraft toDraft() {
        return new ProfileDraft(displayName, jobTitle, language, timeZone);
    }
}
