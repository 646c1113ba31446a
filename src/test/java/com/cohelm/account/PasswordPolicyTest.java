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
}
