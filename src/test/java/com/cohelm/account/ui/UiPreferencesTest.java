package com.cohelm.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiPreferencesTest {

    @Test
    void theBrowsersLanguageIsUsedBeforeSignInWhenCoHelmSpeaksIt() {
        assertThat(UiPreferences.bestMatch("en-US,en;q=0.9")).isEqualTo(Locale.ENGLISH);
        assertThat(UiPreferences.bestMatch("fr-CA,fr;q=0.9,en;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(UiPreferences.bestMatch("de-DE,fr;q=0.5")).isEqualTo(Locale.FRENCH);
        assertThat(UiPreferences.bestMatch("de-DE")).isEqualTo(Locale.ENGLISH);
        assertThat(UiPreferences.bestMatch(null)).isEqualTo(Locale.ENGLISH);
        assertThat(UiPreferences.bestMatch("not a header;;q")).isEqualTo(Locale.ENGLISH);
    }
}
