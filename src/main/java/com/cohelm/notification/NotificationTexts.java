package com.cohelm.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences of notifications and digests in a recipient's language, from the UI's translations, for
 * mails written without a browser session. Views use their own {@code getTranslation} with the same keys.
 */
final class NotificationTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;

    NotificationTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vaadin-i18n/translations", locale, NO_FALLBACK);
    }

    String get(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    String sentence(NotificationView notification) {
        return get(notification.sentenceKey(), notification.sentenceArguments(locale));
    }
}
