package com.cohelm.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account (the email typed, whether or not such an account exists, so the
 * throttle tells nothing about which emails are registered) and per client address, and says how long
 * the next attempt must wait. Kept in memory: one CoHelm node, and a restart forgets (decision 0012).
 */
@Component
public class SignInThrottle {

    /** Beyond this many remembered keys, the ones whose wait is over are forgotten first. */
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant lastAt) {
    }

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt for this account from this address must still wait; empty when it may go. */
    public Optional<Duration> waitFor(String email, String address) {
        var now = clock.instant();
        var account = remaining(byAccount.get(key(email)), SignInThrottlePolicy.PER_ACCOUNT, now);
        var client = remaining(byAddress.get(address), SignInThrottlePolicy.PER_ADDRESS, now);
        var longer = account.compareTo(client) >= 0 ? account : client;
        return longer.isPositive() ? Optional.of(longer) : Optional.empty();
    }

    /**
     * Counts a failure; returns the wait it starts for the account, when it starts one, so that the
     * caller can record the throttling in the audit trail.
     */
    public Optional<Duration> failed(String email, String address) {
        var now = clock.instant();
        prune(now);
        var account = byAccount.compute(key(email), (k, f) -> next(f, now));
        byAddress.compute(address, (k, f) -> next(f, now));
        var delay = SignInThrottlePolicy.PER_ACCOUNT.delayAfter(account.count());
        return delay.isPositive() ? Optional.of(delay) : Optional.empty();
    }

    /** A successful sign-in clears the account's failures; the address keeps its own count. */
    public void succeeded(String email) {
        byAccount.remove(key(email));
    }

    /** After a password reset the person may sign in with the new password at once. */
    public void reset(String email) {
        byAccount.remove(key(email));
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
        for (var map : java.util.List.of(byAccount, byAddress)) {
            if (map.size() > MAX_KEYS) {
                map.values().removeIf(f -> expired(f, now)
                        || f.lastAt().plus(SignInThrottlePolicy.PER_ADDRESS.maxDelay()).isBefore(now));
            }
        }
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
