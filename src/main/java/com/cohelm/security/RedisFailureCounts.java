package com.cohelm.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The counts of a cluster, in Redis, shared by every node: one hash per key ({@code count}, {@code last} in
 * epoch milliseconds of the application's clock), counted by a script so that two nodes counting at once never
 * lose a failure, and expiring after {@link SignInThrottlePolicy#MEMORY} without a failure, as in memory.
 *
 * <p>The key is a SHA-256 of the email, address or device, so that Redis never holds what people typed in the
 * email field (sometimes their password). While Redis does not answer, this node counts in its own memory
 * (one node's limits, as before clusters) rather than refuse every sign-in or let every one through.
 */
final class RedisFailureCounts implements FailureCounts {

    private static final Logger log = LoggerFactory.getLogger(RedisFailureCounts.class);

    /** KEYS[1] the hash; ARGV[1] now, ARGV[2] the memory, in ms. Returns the count, from 1 again once forgotten. */
    private static final RedisScript<Long> ADD = RedisScript.of("""
            local last = redis.call('HGET', KEYS[1], 'last')
            local count = 1
            if last and tonumber(last) + tonumber(ARGV[2]) >= tonumber(ARGV[1]) then
                count = redis.call('HINCRBY', KEYS[1], 'count', 1)
            else
                redis.call('HSET', KEYS[1], 'count', 1)
            end
            redis.call('HSET', KEYS[1], 'last', ARGV[1])
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return count
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final FailureCounts whileRedisIsAway = new InMemoryFailureCounts();
    private volatile boolean away;

    RedisFailureCounts(StringRedisTemplate redis, String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix + "sign-in:";
    }

    @Override
    public Optional<Failures> get(Kind kind, String key) {
        try {
            var values = redis.<String, String>opsForHash().multiGet(redisKey(kind, key), List.of("count", "last"));
            back();
            if (values.get(0) == null || values.get(1) == null) {
                return Optional.empty();
            }
            return Optional.of(new Failures(Integer.parseInt(values.get(0)),
                    Instant.ofEpochMilli(Long.parseLong(values.get(1)))));
        } catch (RuntimeException e) {
            awayBecause(e);
            return whileRedisIsAway.get(kind, key);
        }
    }

    @Override
    public Failures add(Kind kind, String key, Instant now) {
        try {
            var count = redis.execute(ADD, List.of(redisKey(kind, key)), String.valueOf(now.toEpochMilli()),
                    String.valueOf(SignInThrottlePolicy.MEMORY.toMillis()));
            back();
            return new Failures(Math.toIntExact(count), now);
        } catch (RuntimeException e) {
            awayBecause(e);
            return whileRedisIsAway.add(kind, key, now);
        }
    }

    @Override
    public void clear(Kind kind, String key) {
        whileRedisIsAway.clear(kind, key);
        try {
            redis.delete(redisKey(kind, key));
            back();
        } catch (RuntimeException e) {
            awayBecause(e);
        }
    }

    private String redisKey(Kind kind, String key) {
        return keyPrefix + kind.name().toLowerCase(Locale.ROOT) + ":" + sha256(key);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private void awayBecause(RuntimeException e) {
        if (!away) {
            away = true;
            log.warn("Redis does not answer ({}): sign-in failures are counted on this node alone until it does",
                    e.getMessage());
        }
    }

    private void back() {
        if (away) {
            away = false;
            log.info("Redis answers again: sign-in failures are counted for the whole cluster");
        }
    }
}
