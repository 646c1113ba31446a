package com.cohelm.security;

import com.cohelm.security.FailureCounts.Failures;
import com.cohelm.security.FailureCounts.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
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
 * Counted in memory on a single node (a restart forgets), in Redis when Redis is configured, so that every
 * node of a cluster counts the same failures and the limits are the same as on one node (decision 0038).
 */
@Component
public class SignInThrottle {

    private final FailureCounts counts;
    private final Clock clock;

    /** In memory, or in Redis when Redis is configured (Boot then provides the template). */
    @Autowired
    SignInThrottle(Clock clock, ObjectProvider<StringRedisTemplate> redis,
            @Value("${cohelm.cluster.key-prefix:cohelm:}") String keyPrefix) {
        this(clock, counts(redis.getIfAvailable(), keyPrefix));
    }

    /** In memory, as on a single node. */
    SignInThrottle(Clock clock) {
        this(clock, new InMemoryFailureCounts());
    }

    SignInThrottle(Clock clock, FailureCounts counts) {
        this.clock = clock;
        this.counts = counts;
    }

    private static FailureCounts counts(StringRedisTemplate redis, String keyPrefix) {
        return redis == null ? new InMemoryFailureCounts() : new RedisFailureCounts(redis, keyPrefix);
    }

    /**
     * How long an attempt for this account must still wait; empty when it may go.
     *
     * @param knownDevice the browser's device id when its cookie names this account
     */
    public Optional<Duration> waitFor(String email, String address, Optional<String> knownDevice) {
        var now = clock.instant();
        if (knownDevice.isPresent()) {
            var device = counts.get(Kind.DEVICE, knownDevice.get());
            return positive(remaining(device, SignInThrottlePolicy.PER_DEVICE, now));
        }
        var account = remaining(counts.get(Kind.ACCOUNT, key(email)), SignInThrottlePolicy.PER_ACCOUNT, now);
        var client = remaining(counts.get(Kind.ADDRESS, address), SignInThrottlePolicy.PER_ADDRESS, now);
        return positive(account.compareTo(client) >= 0 ? account : client);
    }

    /**
     * Counts a failure; returns the wait it starts for the account (or the known device), when it starts
     * one, so that the caller can record the throttling in the audit trail.
     */
    public Optional<Duration> failed(String email, String address, Optional<String> knownDevice) {
        var now = clock.instant();
        if (knownDevice.isPresent()) {
            var device = counts.add(Kind.DEVICE, knownDevice.get(), now);
            return positive(SignInThrottlePolicy.PER_DEVICE.delayAfter(device.count()));
        }
        var account = counts.add(Kind.ACCOUNT, key(email), now);
        counts.add(Kind.ADDRESS, address, now);
        return positive(SignInThrottlePolicy.PER_ACCOUNT.delayAfter(account.count()));
    }

    /** A successful sign-in clears the account's and the device's failures; the address keeps its count. */
    public void succeeded(String email, Optional<String> knownDevice) {
        counts.clear(Kind.ACCOUNT, key(email));
        knownDevice.ifPresent(device -> counts.clear(Kind.DEVICE, device));
    }

    /** After a password reset the person may sign in with the new password at once. */
    public void reset(String email) {
        counts.clear(Kind.ACCOUNT, key(email));
    }

    private static Optional<Duration> positive(Duration wait) {
        return wait.isPositive() ? Optional.of(wait) : Optional.empty();
    }

    private static Duration remaining(Optional<Failures> counted, SignInThrottlePolicy policy, Instant now) {
        if (counted.isEmpty() || counted.get().expired(now)) {
            return Duration.ZERO;
        }
        var failures = counted.get();
        var until = failures.lastAt().plus(policy.delayAfter(failures.count()));
        return now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    private static String key(String email) {
        return EmailAddresses.canonical(email);
    }
}
