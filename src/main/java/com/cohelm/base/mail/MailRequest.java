package com.cohelm.base.mail;

import java.util.List;
import java.util.Locale;

/**
 * A mail to compose from translations: {@code key.subject}, {@code key.body} (paragraphs separated by
 * blank lines) and {@code key.action}, the label of the one link the mail carries. Arguments fill
 * {@code {0}}, {@code {1}}, … in subject and body; they are user text, so the HTML version escapes them.
 * Optional {@link MailSection}s list further links after the paragraphs.
 */
public record MailRequest(String to, Locale locale, String key, String link, List<String> arguments,
        List<MailSection> sections) {

    public MailRequest {
        arguments = List.copyOf(arguments);
        sections = List.copyOf(sections);
    }

    public MailRequest(String to, Locale locale, String key, String link, List<String> arguments) {
        this(to, locale, key, link, arguments, List.of());
    }

    /** The same mail with lists of links between its paragraphs and its button (a digest's). */
    public MailRequest withSections(List<MailSection> sections) {
        return new MailRequest(to, locale, key, link, arguments, sections);
    }

    public static MailRequest of(String to, Locale locale, String key, String link, String... arguments) {
        return new MailRequest(to, locale, key, link, List.of(arguments));
    }
}
