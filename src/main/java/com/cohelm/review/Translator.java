package com.cohelm.review;

/**
 * Translates a message key for documents the service writes in the reader's language (the PDF summary).
 * A view passes its own {@code getTranslation}.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... params);
}
