package com.cohelm.base.mail;

import java.util.List;
import java.util.Locale;

/**
 * A mail to compose from translations: {@code key.subject}, {@code key.body} (paragraphs separated by
 * blank lines) and {@code key.action}, the label of the one link the mail carries. Arguments fill
 * {@code {0}}, {@code {1}}, … in subject and body; they are user text, so the HTML version escapes them.
 */
public record MailRequest(String to, Locale locale, String key, String link, List<String> arguments) {

    public MailRequest {
        arguments = List.copyOf(arguments);
    }

    public static MailRequest of(String to, Locale locale, String key, String link, String... arguments) {
        return new MailRequest(to, locale, key, link, List.of(arguments));
    }
}
