package com.cohelm.security;

import java.time.Duration;

/**
 * How long sign-ins must wait after consecutive failures: nothing for the first {@code freeFailures},
 * then {@code firstDelay}, doubling with each further failure, never more than {@code maxDelay}. A pure
 * function, so the policy can be read and tested on its own (decision 0012).
 *
 * <p>Two of these apply at once to a browser the account never signed in from: one per account, whose
 * short ceiling keeps an attacker from locking the real person out for long, and one per client address,
 * whose long ceiling slows down whoever tries many passwords or many accounts from one place. A known
 * device has a counter of its own instead (decision 0030).
 */
public record SignInThrottlePolicy(int freeFailures, Duration firstDelay, Duration maxDelay) {

    /** Per account: 5 free failures, then 1 s, 2 s, 4 s … at most one minute. */
    public static final SignInThrottlePolicy PER_ACCOUNT =
            new SignInThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(1));

    /** Per client address: 20 free failures, then 1 s, 2 s, 4 s … at most 15 minutes. */
    public static final SignInThrottlePolicy PER_ADDRESS =
            new SignInThrottlePolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(15));

    /**
     * Per known device (a browser where the account signed in before): like an account, since only the
     * person, or someone holding their browser, gets here.
     */
    public static final SignInThrottlePolicy PER_DEVICE = PER_ACCOUNT;

    /** Failures are forgotten after this long without another one. */
    public static final Duration MEMORY = Duration.ofHours(24);

    public SignInThrottlePolicy {
        if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Inconsistent throttle policy");
        }
    }

    /** The wait imposed after this many consecutive failures. */
    public Duration delayAfter(int consecutiveFailures) {
        int beyond = consecutiveFailures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        // 2^(beyond-1) overflows long past 62 doublings; the ceiling is reached long before.
        int doublings = Math.min(beyond - 1, 40);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
