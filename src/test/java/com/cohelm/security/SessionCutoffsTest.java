package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A node's check of sessions against their person's cutoff (decision 0039), on fixed instants: which sessions
 * end, and how often the node asks the database.
 */
class SessionCutoffsTest {

    private static final Instant T = Instant.parse("2026-12-09T10:00:00Z");
    private static final long ANA = 1;
    private static final long BO = 2;

    private final MovableClock clock = new MovableClock(T);
    private final FakeAccounts accounts = new FakeAccounts();
    private final SessionCutoffs cutoffs = new SessionCutoffs(accounts, clock);

    @Test
    void aSessionSignedInBeforeTheCutoffEndsAndOneSignedInAtOrAfterItStays() {
        accounts.cutoffs.put(ANA, T);
        assertThat(cutoffs.ended(ANA, T.minusNanos(1_000))).isTrue();
        assertThat(cutoffs.ended(ANA, T)).as("signed in at the very instant").isFalse();
        assertThat(cutoffs.ended(ANA, T.plusSeconds(1))).isFalse();
        assertThat(cutoffs.ended(ANA, Instant.MIN)).as("a session that never kept its sign-in instant").isTrue();
    }

    @Test
    void withoutACutoffEverySessionStaysEvenOneThatNeverKeptItsSignInInstant() {
        assertThat(cutoffs.ended(BO, T.minusSeconds(3600))).isFalse();
        assertThat(cutoffs.ended(BO, Instant.MIN)).isFalse();
    }

    @Test
    void eachPersonsCutoffIsReadAtMostOnceHalfASecondSoAChangeElsewhereCountsWithinASecond() {
        var signedIn = T.minusSeconds(60);
        assertThat(cutoffs.ended(ANA, signedIn)).isFalse();
        clock.advance(Duration.ofMillis(100));
        assertThat(cutoffs.ended(ANA, signedIn)).isFalse();
        assertThat(cutoffs.ended(BO, signedIn)).isFalse();
        assertThat(accounts.reads).containsExactly(List.of(ANA), List.of(BO));

        // Another node ends Ana's sessions: this node still trusts what it read 100 ms ago, not longer.
        accounts.cutoffs.put(ANA, clock.instant());
        clock.advance(Duration.ofMillis(399));
        assertThat(cutoffs.ended(ANA, signedIn)).as("read 499 ms ago").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(cutoffs.ended(ANA, signedIn)).as("read 500 ms ago: read again").isTrue();
        assertThat(accounts.reads).hasSize(3);
        assertThat(cutoffs.ended(ANA, signedIn)).isTrue();
        assertThat(accounts.reads).hasSize(3);
    }

    /** The accounts' cutoffs, and every read of them. */
    private static final class FakeAccounts implements SessionsValidAfter {

        final Map<Long, Instant> cutoffs = new HashMap<>();
        final List<List<Long>> reads = new ArrayList<>();

        @Override
        public Map<Long, Instant> of(Collection<Long> userIds) {
            reads.add(List.copyOf(userIds));
            var found = new HashMap<Long, Instant>();
            userIds.stream().filter(cutoffs::containsKey).forEach(id -> found.put(id, cutoffs.get(id)));
            return found;
        }
    }
}
