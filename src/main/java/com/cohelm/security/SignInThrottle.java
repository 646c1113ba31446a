package com.cohelm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins and says how long the next attempt must wait (decisions 0012 and 0030):
 * <ul>
 * <li>per account: the email in its canonical form ({@link EmailAddresses}), whether or not an account has
 * it, so that other spellings of one address share one counter and the throttle tells nothing about which
 * emails are registered;</li>
 * <li>per client address;</li>
 * <li>per known device: a browser that proves, with its signed cookie ({@link KnownDevices}), that this
 * account signed in there before is counted on its own and never waits for the account's or the address's
 * failures, so an attacker cannot lock the person out from their own browser.</li>
 * </ul>
 * Kept in memory: one CoHelm node, and a restart forgets.
 */
@Component
public class SignInThrottle {

    /** Beyond this many remembered keys, the ones whose wait is over are forgotten first. */
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byDevice = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long an attempt for this account must still wait; empty when it may go.
     *
     * @param knownDevice the browser's device id when its cookie names this account
     */
    public Optional<Duration> waitFor(String email, String address, Optional<String> knownDevice) {
        var now = clock.instant();
        if (knownDevice.isPresent()) {
            return positive(remaining(byDevice.get(knownDevice.get()), SignInThrottlePolicy.PER_DEVICE, now));
        }
        var account = remaining(byAccount.get(key(email)), SignInThrottlePolicy.PER_ACCOUNT, now);
        var client = remaining(byAddress.get(address), SignInThrottlePolicy.PER_ADDRESS, now);
        return positive(account.compareTo(client) >= 0 ? account : client);
    }

    /**
     * Counts a failure; returns the wait it starts for the account (or the known device), when it starts
     * one, so that the caller can record the throttling in the audit trail.
     */
    public Optional<Duration> failed(String email, String address, Optional<String> knownDevice) {
        var now = clock.instant();
        prune(now);
        if (knownDevice.isPresent()) {
            var device = byDevice.compute(knownDevice.get(), (k, f) -> next(f, now));
            return positive(SignInThrottlePolicy.PER_DEVICE.delayAfter(device.count()));
        }
        var account = byAccount.compute(key(email), (k, f) -> next(f, now));
        byAddress.compute(address, (k, f) -> next(f, now));
        return positive(SignInThrottlePolicy.PER_ACCOUNT.delayAfter(account.count()));
    }

    /** A successful sign-in clears the account's and the device's failures; the address keeps its count. */
    public void succeeded(String email, Optional<String> knownDevice) {
        byAccount.remove(key(email));
        knownDevice.ifPresent(byDevice::remove);
    }

    /** After a password reset the person may sign in with the new password at once. */
    public void reset(String email) {
        byAccount.remove(key(email));
    }

    private static Optional<Duration> positive(Duration wait) {
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    private static Failures next(Failures current, Instant now) {
        if (current == null || expired(current, now)) {
            return new Failures(1, now);
        }
        return new Failures(current.count() + 1, now);
    }

    private static Duration remaining(Failures failures, SignInThrottlePolicy policy, Instant now) {
        if (failures == null || expired(failures, now)) {
            return Duration.ZERO;
        }
        var until = failures.lastAt().plus(policy.delayAfter(failures.count()));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static boolean expired(Failures failures, Instant now) {
        return failures.lastAt().plus(SignInThrottlePolicy.MEMORY).isBefore(now);
    }

    private void prune(Instant now) {
        for (var map : List.of(byAccount, byAddress, byDevice)) {
            if (map.size() > MAX_KEYS) {
                map.values().removeIf(f -> expired(f, now)
                        || f.lastAt().plus(SignInThrottlePolicy.PER_ADDRESS.maxDelay()).isBefore(now));
            }
        }
    }

    private static String key(String email) {
        return EmailAddresses.canonical(email);
    }
}
