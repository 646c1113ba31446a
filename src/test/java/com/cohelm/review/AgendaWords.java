package com.cohelm.review;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** What an agenda item's lines say to an English and to a French reader, with the app's own translations. */
final class AgendaWords {

    private static final Properties ENGLISH = load("/vaadin-i18n/translations.properties");
    private static final Properties FRENCH = load("/vaadin-i18n/translations_fr.properties");

    private AgendaWords() {
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (var in = AgendaWords.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    static Translator translator(Locale locale) {
        var texts = locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
        return (key, params) -> new MessageFormat(texts.getProperty(key, key), locale).format(params);
    }

    static List<String> english(AgendaItemView item) {
        return item.summary(translator(Locale.ENGLISH), Locale.ENGLISH);
    }

    static List<String> french(AgendaItemView item) {
        return item.summary(translator(Locale.FRENCH), Locale.FRENCH);
    }

    static List<String> english(List<AgendaLine> lines) {
        return AgendaTexts.render(lines, translator(Locale.ENGLISH), Locale.ENGLISH);
    }

    static String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).format(date);
    }

    static String jour(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.FRENCH).format(date);
    }
}
