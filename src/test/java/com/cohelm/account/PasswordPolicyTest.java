package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void lengthIsWhatCounts() {
        assertThat(policy.problem("short-one", "a@example.com")).contains("password.too-short");
        assertThat(policy.problem("x".repeat(129) + "yz", "a@example.com")).contains("password.too-long");
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
    void upTo128CharactersAreAccepted() {
        assertThat(policy.problem("word ".repeat(25) + "end", "a@example.com")).isEmpty();
        assertThat(policy.problem("a b".repeat(43), "a@example.com")).contains("password.too-long");
    }
}
