package com.cohelm.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void textASpreadsheetWouldRunIsDefused() {
        assertThat(SpreadsheetText.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetText.cell("+1+1")).startsWith("'");
        assertThat(SpreadsheetText.cell("-2")).startsWith("'");
        assertThat(SpreadsheetText.cell("@SUM(A1)")).startsWith("'");
        assertThat(SpreadsheetText.cell("Second shift joined")).isEqualTo("Second shift joined");
        assertThat(SpreadsheetText.cell(null)).isNull();
        assertThat(SpreadsheetText.cell("")).isEmpty();
    }
}
