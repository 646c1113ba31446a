package com.cohelm.base;

import java.util.Locale;

/** Search text as a SQL {@code LIKE} pattern: "contains", case-folded, with the wildcards taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    /** {@code %text%} with {@code \ % _} escaped, or null for blank text (no search). */
    public static String contains(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /** The text with {@code \ % _} escaped, for a pattern built around it. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
