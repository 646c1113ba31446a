package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthIsWhatCounts() {
        assertThat(policy.problem("short-one", "a@example.com")).contains("password.too-short");
        assertThat(policy.problem("x".repeat(73) + "yz", "a@example.com")).contains("password.too-long");
        assertThat(policy.problem("correct stapler horse", "a@example.com")).isEmpty();
        assertThat(policy.problem("ŝŝŝŝŝŝŝŝŝŝŝŝ", "a@example.com")).contains("password.too-common");
    }

    @Test
    void commonAndPersonalPasswordsAreRefused() {
        assertThat(policy.problem("Password1234", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("norawhitfield-2026", "nora.whitfield@x.example")).isEmpty();
        assertThat(policy.problem("mynameisnorawhit!", "norawhit@x.example")).contains("password.contains-email");
    }

    @Test
    void noCompositionRules() {
        assertThat(policy.problem("all lower case words here", "a@example.com")).isEmpty();
    }

    @Test
    void theBundledListIsARealBreachList() {
        // Long entries of the zxcvbn list (MIT), refused whatever their case
        assertThat(policy.problem("qwertyuiopasdfghjkl", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("1QAZ2WSX3EDC", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("leavemealone", "a@example.com")).contains("password.too-common");
    }

    @Test
    void digitsAndPunctuationAroundACommonWordDoNotMakeItStrong() {
        assertThat(policy.problem("sunshine2024!!", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("!!!dragon123456", "a@example.com")).contains("password.too-common");
        assertThat(policy.problem("Baseball-1987", "a@example.com")).contains("password.too-common");
        // A common word inside a longer phrase is fine: the phrase is not on any list.
        assertThat(policy.problem("sunshine over the harbour", "a@example.com")).isEmpty();
        // Very short words with padding are not taken for list entries.
        assertThat(policy.problem("ab-4821937465", "a@example.com")).isEmpty();
    }

    @Test
    void upTo72BytesAreAcceptedAndEveryAcceptedPasswordCanBeHashed() {
        var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var longest = "word ".repeat(14) + "en"; // 72 bytes
        assertThat(policy.problem(longest, "a@example.com")).isEmpty();
        assertThat(encoder.matches(longest, encoder.encode(longest))).isTrue();
        assertThat(policy.problem(longest + "d", "a@example.com")).contains("password.too-long");
        // Bytes, not characters: 44 characters, most of them accented, are 73 bytes, more than BCrypt reads
        var accented = "été àçè ".repeat(5) + "éçèà"; // 44 characters, 73 bytes
        assertThat(accented.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(72);
        assertThat(policy.problem(accented, "a@example.com")).contains("password.too-long");
        // What the policy refuses is what the encoder would have failed on when saving it
        assertThatThrownBy(() -> encoder.encode(accented)).isInstanceOf(IllegalArgumentException.class);
        var accentedThatFits = "été àçè ".repeat(5) + "é"; // 41 characters, 67 bytes
        assertThat(policy.problem(accentedThatFits, "a@example.com")).isEmpty();
        assertThat(encoder.matches(accentedThatFits, encoder.encode(accentedThatFits))).isTrue();
    }
}
