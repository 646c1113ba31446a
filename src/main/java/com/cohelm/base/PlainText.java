package com.cohelm.base;

/**
 * Cleans what people type into names and titles (and the longer texts beside them) of the invisible
 * characters that change how text reads without showing themselves: the right-to-left override U+202E
 * and the other bidirectional controls (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C), zero-width
 * spaces, the byte-order mark, soft hyphens, other format (Cf) characters and control (Cc) characters.
 * "Invoice\u202Efdp.exe" would otherwise show as "Invoiceexe.pdf" to every reader (decision 0031).
 *
 * <p>They are removed, not refused: nobody types them on purpose into a title, and the text without
 * them reads exactly as it showed in the field. Two are kept: the zero-width non-joiner U+200C and
 * joiner U+200D, which Persian, Indic scripts and emoji sequences need to be spelled right; they
 * reorder nothing. Every service that stores a name or title passes it through here.
 */
public final class PlainText {

    private PlainText() {
    }

    /**
     * A one-line text (a name, a title): invisible controls removed, line breaks and tabs become spaces,
     * the ends stripped. Null stays null.
     */
    public static String line(String text) {
        if (text == null) {
            return null;
        }
        return clean(text, false).strip();
    }

    /**
     * A text of several lines (a description, a body): the same, but line breaks and tabs are kept (a
     * carriage return before a line break is dropped). Null stays null.
     */
    public static String lines(String text) {
        if (text == null) {
            return null;
        }
        return clean(text, true).strip();
    }

    /**
     * {@link #line} for a required field: a text that held nothing but invisible characters is refused
     * at {@code field} like an empty one.
     */
    public static String requiredLine(String field, String text) {
        var cleaned = line(text);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        return cleaned;
    }

    /** {@link #lines} for a required field: nothing but invisible characters is refused like empty. */
    public static String requiredLines(String field, String text) {
        var cleaned = lines(text);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidInputException(field, "validation.required");
        }
        return cleaned;
    }

    /** Whether the text holds a character {@link #line} would remove or replace. */
    public static boolean hasInvisibleControls(String text) {
        return text != null && text.codePoints().anyMatch(c -> isInvisible(c) || c == '\n' || c == '\t' || c == '\r');
    }

    private static String clean(String text, boolean multiline) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\r') {
                // \r\n is one line break, and so is a lone \r.
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\n' || c == '\t') {
                out.append(multiline ? (char) c : ' ');
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT
                // Not Cf in every Unicode version, but invisible separators all the same.
                || c == 0x2028 || c == 0x2029;
    }
}
