package com.cohelm.account;

import java.time.ZoneId;
import java.util.Locale;

/** What a person changes about themselves on the profile page. */
public record ProfileDraft(String displayName, String jobTitle, Locale language, ZoneId timeZone) {
}
