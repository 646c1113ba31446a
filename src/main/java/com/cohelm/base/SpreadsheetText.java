package com.cohelm.base;

/** Text for CSV exports that people open in a spreadsheet. */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) is
     * prefixed with an apostrophe, so opening the export never executes what someone typed.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
