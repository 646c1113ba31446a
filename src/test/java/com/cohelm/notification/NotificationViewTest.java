package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notification's sentence arguments as each reader sees them: a pulse's closing day in their own language. */
class NotificationViewTest {

    private static NotificationView of(NotificationKind kind, String subject) {
        return new NotificationView(1, kind, 2, "Launch", subject, "Sam Okafor", "programs/2/feedback",
                Instant.parse("2026-11-24T08:00:00Z"), false);
    }

    @Test
    void aPulsesClosingDayIsWrittenInTheReadersLanguage() {
        var pulse = of(NotificationKind.PULSE_OPEN, "2026-12-01");
        assertThat(pulse.sentenceArguments(Locale.ENGLISH)).containsExactly("Sam Okafor", "Dec 1, 2026", "Launch");
        assertThat(pulse.sentenceArguments(Locale.FRENCH)).containsExactly("Sam Okafor", "1 déc. 2026", "Launch");
    }

    @Test
    void otherSubjectsAreShownAsWritten() {
        assertThat(of(NotificationKind.MENTIONED, "2026-12-01").sentenceArguments(Locale.FRENCH)[1])
                .isEqualTo("2026-12-01");
        assertThat(of(NotificationKind.PULSE_OPEN, "not a date").sentenceArguments(Locale.ENGLISH)[1])
                .isEqualTo("not a date");
        assertThat(of(NotificationKind.REVIEW_TOMORROW, "Q4 review").sentenceArguments(Locale.ENGLISH)[0])
                .isEqualTo("Sam Okafor");
    }
}
