package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.security.FailureCounts.Kind;
import com.cohelm.support.TestRedis;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The throttle on two nodes sharing this machine's Redis: failures spread over both are counted together, so the
 * limits are reached after the same attempts as on one node. Each scenario runs on one in-memory throttle and on
 * the two Redis-backed ones in turn, and every answer must be the same.
 */
class SignInThrottleRedisTest {

    private static final Optional<String> NONE = Optional.empty();

    private final String prefix = TestRedis.newPrefix();
    private final MovableClock clock = new MovableClock();
    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private StringRedisTemplate redisA;
    private SignInThrottle oneNode;
    private SignInThrottle nodeA;
    private SignInThrottle nodeB;

    @BeforeEach
    void twoNodes() {
        redisA = TestRedis.template(connect());
        var redisB = TestRedis.template(connect());
        oneNode = new SignInThrottle(clock);
        nodeA = new SignInThrottle(clock, new RedisFailureCounts(redisA, prefix));
        nodeB = new SignInThrottle(clock, new RedisFailureCounts(redisB, prefix));
    }

    @AfterEach
    void forget() {
        TestRedis.deleteKeys(redisA, prefix);
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    @Test
    void failuresSpreadOverTwoNodesReachTheLimitAfterAsManyAttemptsAsOnOne() {
        var email = "victim@x.example";
        for (int i = 0; i < 5; i++) {
            var node = i % 2 == 0 ? nodeA : nodeB;
            assertThat(node.failed(email, "10.0.0." + i, NONE)).as("failure %d", i + 1).isEmpty();
            assertThat(oneNode.failed(email, "10.0.0." + i, NONE)).isEmpty();
        }
        assertThat(nodeB.failed(email, "10.0.0.9", NONE)).as("the sixth, on B").contains(Duration.ofSeconds(1));
        assertThat(oneNode.failed(email, "10.0.0.9", NONE)).contains(Duration.ofSeconds(1));
        assertThat(nodeA.waitFor(email, "192.168.1.1", NONE)).as("A makes it wait too").contains(Duration.ofSeconds(1));

        nodeA.succeeded(email, NONE);
        assertThat(nodeB.waitFor(email, "192.168.1.1", NONE)).as("a success on A clears it on B").isEmpty();
    }

    @Test
    void everyScenarioAnswersOnTwoNodesAsOnOne() {
        var same = new Same();
        // per account, per address, and forgotten after a day
        for (int i = 0; i < 7; i++) {
            var address = "10.0.0." + i;
            same.check(t -> t.failed("Victim@X.example", address, NONE));
        }
        same.check(t -> t.waitFor("VICTIM@x.example", "192.168.1.1", NONE));
        clock.advance(Duration.ofMillis(1_500));
        same.check(t -> t.waitFor("victim@x.example", "192.168.1.1", NONE));
        same.check(t -> t.failed("victim@x.example", "192.168.1.1", NONE));
        for (int i = 0; i < 24; i++) {
            var email = "user" + i + "@x.example";
            same.check(t -> t.failed(email, "203.0.113.7", NONE));
        }
        same.check(t -> t.waitFor("fresh@x.example", "203.0.113.7", NONE));
        same.check(t -> t.waitFor("fresh@x.example", "203.0.113.8", NONE));
        // other spellings share a counter
        for (var spelling : new String[] {"bea@brightline.example", "BEA@brightline.example", " bea@brightline.example ",
                "\uff42ea@brightline.example", "\uff22\uff25\uff21@brightline.example", "bea@BRIGHTLINE.example"}) {
            same.check(t -> t.failed(spelling, "10.0.1.1", NONE));
        }
        same.check(t -> t.waitFor("b\u00e9a@brightline.example", "10.0.1.4", NONE));
        // a known device counts on its own
        var beasBrowser = Optional.of("device-of-bea");
        same.check(t -> t.waitFor("bea@brightline.example", "10.0.1.1", beasBrowser));
        for (int i = 0; i < 7; i++) {
            same.check(t -> t.failed("bea@brightline.example", "10.0.1.1", beasBrowser));
        }
        same.check(t -> t.waitFor("bea@brightline.example", "10.0.1.1", beasBrowser));
        same.check(t -> {
            t.succeeded("bea@brightline.example", beasBrowser);
            return t.waitFor("bea@brightline.example", "10.0.1.1", beasBrowser);
        });
        same.check(t -> {
            t.reset("victim@x.example");
            return t.waitFor("victim@x.example", "10.0.0.1", NONE);
        });
        clock.advance(Duration.ofHours(25));
        same.check(t -> t.waitFor("fresh@x.example", "203.0.113.7", NONE));
        same.check(t -> t.failed("user0@x.example", "203.0.113.7", NONE));
        assertThat(same.answers).as("the scenario met waits, not only empty answers")
                .contains(Optional.of(Duration.ofSeconds(1)), Optional.of(Duration.ofSeconds(4)));
    }

    @Test
    void twoNodesCountingAtOnceLoseNoFailure() throws Exception {
        var countsA = new RedisFailureCounts(redisA, prefix);
        var countsB = new RedisFailureCounts(TestRedis.template(connect()), prefix);
        var now = clock.instant();
        try (var threads = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 100; i++) {
                var counts = i % 2 == 0 ? countsA : countsB;
                threads.execute(() -> counts.add(Kind.ADDRESS, "198.51.100.1", now));
            }
        }
        assertThat(countsB.get(Kind.ADDRESS, "198.51.100.1")).hasValueSatisfying(f -> assertThat(f.count()).isEqualTo(100));
    }

    @Test
    void redisHoldsNoEmailAndForgetsADayAfterTheLastFailure() {
        nodeA.failed("someone.typed.a.password@x.example", "10.2.2.2", NONE);
        var keys = redisA.keys(prefix + "*");
        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(key).doesNotContain("someone").doesNotContain("10.2.2.2"));
        assertThat(keys).allSatisfy(key -> assertThat(redisA.getExpire(key))
                .isBetween(Duration.ofHours(23).toSeconds(), Duration.ofHours(24).toSeconds()));
    }

    @Test
    void whileRedisIsAwayANodeCountsAloneRatherThanRefuseOrAllowEverySignIn() {
        var away = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", TestRedis.deadPort()));
        away.afterPropertiesSet();
        factories.add(away);
        var node = new SignInThrottle(clock, new RedisFailureCounts(TestRedis.template(away), prefix));
        for (int i = 0; i < 5; i++) {
            assertThat(node.failed("victim@x.example", "10.3.3.3", NONE)).isEmpty();
        }
        assertThat(node.failed("victim@x.example", "10.3.3.3", NONE)).contains(Duration.ofSeconds(1));
        assertThat(node.waitFor("victim@x.example", "10.3.3.4", NONE)).contains(Duration.ofSeconds(1));
    }

    private LettuceConnectionFactory connect() {
        var factory = TestRedis.connect();
        factories.add(factory);
        return factory;
    }

    /** Asks one node and the cluster the same question (the cluster's nodes in turn) and expects the same answer. */
    private final class Same {
        private final List<Optional<Duration>> answers = new ArrayList<>();
        private int turn;

        void check(Function<SignInThrottle, Optional<Duration>> question) {
            var expected = question.apply(oneNode);
            var node = turn++ % 2 == 0 ? nodeA : nodeB;
            assertThat(question.apply(node)).as("question %d, on node %s", turn, node == nodeA ? "A" : "B")
                    .isEqualTo(expected);
            answers.add(expected);
        }
    }
}
