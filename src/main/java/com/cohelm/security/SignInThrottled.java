package com.cohelm.security;

import java.time.Duration;

/**
 * A failed sign-in started a wait for an account (published after the failure, for the audit trail).
 *
 * @param delay how long the next attempt must wait
 * @param email the canonical email that was tried, whether or not an account has it
 */
public record SignInThrottled(String email, Duration delay) {
}
