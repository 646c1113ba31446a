package com.cohelm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days, months and quarters written as keys (how pulses are named) read in the reader's language. */
class FormatsTest {

    @ParameterizedTest(name = "{0} reads \"{1}\" and \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "2026-12-04|Dec 4, 2026|4 déc. 2026",
            "2026-12|December 2026|décembre 2026",
            "2026-Q4|Q4 2026|T4 2026",
            "2027-Q1|Q1 2027|T1 2027",
            "Kick-off|Kick-off|Kick-off",
            "2026-13|2026-13|2026-13",
            "2026-Q5|2026-Q5|2026-Q5"})
    void aPeriodKeyReadsInTheReadersLanguage(String key, String english, String french) {
        assertThat(Formats.period(key, Locale.ENGLISH)).isEqualTo(english);
        assertThat(Formats.period(key, Locale.FRENCH)).isEqualTo(french);
    }
}
