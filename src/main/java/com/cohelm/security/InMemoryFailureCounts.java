package com.cohelm.security;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The counts of a single node, in its memory: a restart forgets them. */
final class InMemoryFailureCounts implements FailureCounts {

    /** Beyond this many remembered keys, the ones whose wait is over are forgotten first. */
    private static final int MAX_KEYS = 100_000;

    private final Map<Kind, Map<String, Failures>> byKind = new EnumMap<>(Kind.class);

    InMemoryFailureCounts() {
        for (var kind : Kind.values()) {
            byKind.put(kind, new ConcurrentHashMap<>());
        }
    }

    @Override
    public Optional<Failures> get(Kind kind, String key) {
        return Optional.ofNullable(byKind.get(kind).get(key));
    }

    @Override
    public Failures add(Kind kind, String key, Instant now) {
        var map = byKind.get(kind);
        prune(map, now);
        return map.compute(key, (k, current) -> current == null || current.expired(now)
                ? new Failures(1, now) : new Failures(current.count() + 1, now));
    }

    @Override
    public void clear(Kind kind, String key) {
        byKind.get(kind).remove(key);
    }

    private static void prune(Map<String, Failures> map, Instant now) {
        if (map.size() > MAX_KEYS) {
            map.values().removeIf(f -> f.expired(now)
                    || f.lastAt().plus(SignInThrottlePolicy.PER_ADDRESS.maxDelay()).isBefore(now));
        }
    }
}
