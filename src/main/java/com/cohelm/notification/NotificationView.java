package com.cohelm.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A notification as its recipient reads it. The texts are those the recipient could see when it was made.
 *
 * @param subjectTitle what it is about: an action item's, milestone's, review's or thread's title
 * @param actorName    who did it, or null for what the app itself noticed (a review tomorrow)
 * @param link         the app-relative address it opens, e.g. {@code programs/3/actions}
 */
public record NotificationView(long id, NotificationKind kind, long programId, String programName,
        String subjectTitle, String actorName, String link, Instant createdAt, boolean read) {

    /** The translation key of the sentence that says what happened; its arguments are {@link #sentenceArguments}. */
    public String sentenceKey() {
        return "notifications.text." + kind.name();
    }

    /**
     * {0} who acted, {1} what it is about, {2} the program. A pulse is about its closing day, kept as an ISO date
     * so that each reader sees it in their own language.
     */
    public Object[] sentenceArguments(Locale locale) {
        return new Object[] {actorName == null ? "" : actorName, subject(locale), programName};
    }

    private String subject(Locale locale) {
        if (kind != NotificationKind.PULSE_OPEN) {
            return subjectTitle;
        }
        try {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                    .format(LocalDate.parse(subjectTitle));
        } catch (DateTimeParseException notADate) {
            return subjectTitle;
        }
    }
}
