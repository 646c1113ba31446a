package com.cohelm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Names and titles lose the invisible characters that change how they read (issue 28 §5). */
class PlainTextTest {

    @Test
    void bidirectionalControlsAreRemovedFromALine() {
        // "Invoice\u202Efdp.exe" shows as "Invoiceexe.pdf": stored, it reads as typed, without the override.
        assertThat(PlainText.line("Invoice\u202Efdp.exe")).isEqualTo("Invoicefdp.exe");
        var everyBidiControl = "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C";
        assertThat(PlainText.line("a" + everyBidiControl + "b")).isEqualTo("ab");
    }

    @Test
    void zeroWidthAndOtherFormatAndControlCharactersAreRemoved() {
        assertThat(PlainText.line("\uFEFFBea\u200B Sm\u00ADith\u2060\u0000\u0007\u007F\u0085")).isEqualTo("Bea Smith");
        assertThat(PlainText.line("tag\uDB40\uDC41s")).isEqualTo("tags"); // U+E0041, a Cf outside the BMP
        assertThat(PlainText.line("one\u2028two")).isEqualTo("onetwo");
    }

    @Test
    void aLineTurnsBreaksAndTabsIntoSpacesAndStripsItsEnds() {
        assertThat(PlainText.line("  first\r\nsecond\tthird\n ")).isEqualTo("first second third");
    }

    @Test
    void severalLinesKeepTheirBreaksAndTabs() {
        assertThat(PlainText.lines("first\r\nsecond\rthird\n\tfourth\u202E")).isEqualTo("first\nsecond\nthird\n\tfourth");
    }

    @Test
    void theJoinersThatScriptsAndEmojiNeedStay() {
        var persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"; // ZWNJ inside a Persian word
        var family = "\uD83D\uDC69\u200D\uD83D\uDC67"; // woman ZWJ girl
        assertThat(PlainText.line(persian)).isEqualTo(persian);
        assertThat(PlainText.line(family)).isEqualTo(family);
        assertThat(PlainText.line("Ünïcödé — 東京 — עברית")).isEqualTo("Ünïcödé — 東京 — עברית");
    }

    @Test
    void nothingButInvisibleCharactersIsRefusedWhereATextIsRequired() {
        assertThat(PlainText.line(null)).isNull();
        assertThatThrownBy(() -> PlainText.requiredLine("title", "\u202E\u200B "))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("title");
        assertThatThrownBy(() -> PlainText.requiredLines("body", "\u2066\n\u2069"))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("body");
        assertThat(PlainText.hasInvisibleControls("bea@brightline.example")).isFalse();
        assertThat(PlainText.hasInvisibleControls("bea\u202E@brightline.example")).isTrue();
    }
}
