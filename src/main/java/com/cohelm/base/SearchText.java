package com.cohelm.base;

import java.util.Locale;

/** Search text typed by a person, made safe for a SQL {@code like} that matches anywhere. */
public final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} in lower case with {@code like}'s wildcards escaped; null for no text. */
    public static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
