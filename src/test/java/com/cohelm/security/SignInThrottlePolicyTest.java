package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The throttling policy as a pure function, and the throttle's bookkeeping with a clock we move. */
class SignInThrottlePolicyTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void delaysGrowByDoublingFromTheFirstFailureBeyondTheFreeOnes() {
        var account = SignInThrottlePolicy.PER_ACCOUNT;
        assertThat(account.delayAfter(0)).isZero();
        assertThat(account.delayAfter(5)).isZero();
        assertThat(account.delayAfter(6)).isEqualTo(Duration.ofSeconds(1));
        assertThat(account.delayAfter(7)).isEqualTo(Duration.ofSeconds(2));
        assertThat(account.delayAfter(8)).isEqualTo(Duration.ofSeconds(4));
        assertThat(account.delayAfter(11)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void anAccountIsNeverHeldForMoreThanAMinuteWhateverAnAttackerDoes() {
        var account = SignInThrottlePolicy.PER_ACCOUNT;
        assertThat(account.delayAfter(12)).isEqualTo(Duration.ofMinutes(1));
        assertThat(account.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(1));
        assertThat(account.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void anAddressGetsMoreFreeFailuresAndALongerCeiling() {
        var address = SignInThrottlePolicy.PER_ADDRESS;
        assertThat(address.delayAfter(20)).isZero();
        assertThat(address.delayAfter(21)).isEqualTo(Duration.ofSeconds(1));
        assertThat(address.delayAfter(30)).isEqualTo(Duration.ofSeconds(512));
        assertThat(address.delayAfter(31)).isEqualTo(Duration.ofMinutes(15));
        assertThat(address.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void inconsistentPoliciesAreRefused() {
        assertThatThrownBy(() -> new SignInThrottlePolicy(-1, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInThrottlePolicy(1, Duration.ofSeconds(3), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theThrottleCountsPerAccountAndPerAddressAndForgetsAfterADay() {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(clock);
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.failed("Victim@X.example", "10.0.0." + i, NONE)).isEmpty();
        }
        assertThat(throttle.waitFor("victim@x.example", "10.9.9.9", NONE)).isEmpty();
        assertThat(throttle.failed("victim@x.example", "10.0.0.9", NONE)).contains(Duration.ofSeconds(1));
        // The account waits, from any address; unknown and known emails are treated alike.
        assertThat(throttle.waitFor("VICTIM@x.example", "192.168.1.1", NONE)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("other@x.example", "192.168.1.1", NONE)).isEmpty();
        clock.advance(Duration.ofMillis(1_001));
        assertThat(throttle.waitFor("victim@x.example", "192.168.1.1", NONE)).isEmpty();

        // One address trying many accounts is slowed down too.
        for (int i = 0; i < 21; i++) {
            throttle.failed("user" + i + "@x.example", "203.0.113.7", NONE);
        }
        assertThat(throttle.waitFor("fresh@x.example", "203.0.113.7", NONE)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("fresh@x.example", "203.0.113.8", NONE)).isEmpty();

        // Success clears the account, not the address.
        throttle.succeeded("victim@x.example", NONE);
        assertThat(throttle.failed("victim@x.example", "10.1.1.1", NONE)).isEmpty();

        clock.advance(Duration.ofHours(25));
        assertThat(throttle.waitFor("fresh@x.example", "203.0.113.7", NONE)).isEmpty();
        assertThat(throttle.failed("user0@x.example", "203.0.113.7", NONE)).isEmpty();
    }

    @Test
    void otherSpellingsOfOneAddressShareOneCounter() {
        var throttle = new SignInThrottle(new MovableClock());
        var spellings = new String[] {"bea@brightline.example", "BEA@brightline.example", " bea@brightline.example ",
                "\uff42ea@brightline.example", "\uff22\uff25\uff21@brightline.example"};
        for (var spelling : spellings) {
            assertThat(throttle.failed(spelling, "10.0.0.1", NONE)).as(spelling).isEmpty();
        }
        assertThat(throttle.failed("\uff42\uff45\uff41@BRIGHTLINE.example", "10.0.0.3", NONE)).as("the sixth")
                .contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("bea@brightline.example", "10.0.0.2", NONE)).contains(Duration.ofSeconds(1));
        // An accented spelling is another address (sign-in compares byte for byte): its own counter.
        assertThat(throttle.waitFor("b\u00e9a@brightline.example", "10.0.0.4", NONE)).isEmpty();
    }

    @Test
    void aKnownDeviceNeverWaitsForFailuresOthersCaused() {
        var clock = new MovableClock();
        var throttle = new SignInThrottle(clock);
        var office = "198.51.100.20";
        for (int i = 0; i < 30; i++) {
            throttle.failed(i % 2 == 0 ? "bea@brightline.example" : "carl" + i + "@brightline.example", office, NONE);
        }
        assertThat(throttle.waitFor("bea@brightline.example", office, NONE)).as("an unknown browser waits")
                .hasValueSatisfying(wait -> assertThat(wait).isGreaterThan(Duration.ofSeconds(30)));
        assertThat(throttle.waitFor("carl@brightline.example", office, NONE)).as("the address is slowed down")
                .isPresent();
        // Bea's own browser, with its device cookie, goes straight to the password check.
        var beasBrowser = Optional.of("device-of-bea");
        assertThat(throttle.waitFor("bea@brightline.example", office, beasBrowser)).isEmpty();
        // Its own mistakes count on their own, and as for an account: 5 free, then at most a minute.
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.failed("bea@brightline.example", office, beasBrowser)).isEmpty();
        }
        assertThat(throttle.failed("bea@brightline.example", office, beasBrowser)).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("bea@brightline.example", office, beasBrowser)).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(2));
        throttle.succeeded("bea@brightline.example", beasBrowser);
        assertThat(throttle.waitFor("bea@brightline.example", office, beasBrowser)).isEmpty();
    }
}
