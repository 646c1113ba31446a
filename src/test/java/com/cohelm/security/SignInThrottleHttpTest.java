package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.TestEvents;
import com.cohelm.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The throttle in front of the real sign-in form: refused before the password is checked, and briefly. */
@CohelmSpringTest
class SignInThrottleHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestEvents testEvents;

    @Test
    void repeatedFailuresSlowTheAccountDownForAShortWhileAndAreAudited() throws InterruptedException {
        var customer = testPeople.customer("Throttle");
        var attacker = new HttpSignIn(port);
        for (int i = 0; i < 6; i++) {
            assertThat(attacker.signIn(customer.member(), "guess-number-" + i)).endsWith("/login?error");
        }
        // Even the right password is refused while the account waits: the throttle tells nothing.
        var person = new HttpSignIn(port);
        assertThat(person.signIn(customer.member(), DemoLogins.PASSWORD)).contains("/login?error&throttled=1");
        testEvents.awaitHandled(); // the throttling reaches the audit trail after its commit
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'SIGN_IN_THROTTLED' and actor_label = ?")
                .param(customer.member()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'SIGN_IN_FAILED' and actor_label = ?")
                .param(customer.member()).query(Long.class).single()).isEqualTo(6);

        Thread.sleep(1_100);
        assertThat(person.signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");
        assertThat(person.isSignedIn()).isTrue();
    }

    @Test
    void aPersonOnTheirOwnBrowserSignsInAtOnceWhileTheirAccountAndOfficeAddressAreUnderAttack() {
        var customer = testPeople.customer("Known device");
        var office = "127.0.0.77";
        var ownBrowser = new HttpSignIn(port, office);
        assertThat(ownBrowser.signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");
        assertThat(ownBrowser.cookies()).anySatisfy(c -> assertThat(c).startsWith(KnownDevices.COOKIE + "="));

        // From the same office address, someone tries her account and many others: 30 failures.
        var attacker = new HttpSignIn(port, office);
        for (int i = 0; i < 30; i++) {
            attacker.signIn(i % 3 == 0 ? customer.member() : "colleague" + i + "@example.com", "guess-" + i);
        }
        var newBrowser = new HttpSignIn(port, office);
        assertThat(newBrowser.signIn(customer.member(), DemoLogins.PASSWORD)).as("an unknown browser waits")
                .contains("throttled=");
        // Her own browser proves it was hers: straight to the password check, signed in at once.
        assertThat(ownBrowser.signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");
        assertThat(ownBrowser.isSignedIn()).isTrue();
        // The cookie names her account only: it does not help anyone else from that browser.
        assertThat(ownBrowser.signIn("colleague1@example.com", "guess")).contains("throttled=");
    }

    @Test
    void anotherSpellingOfAnEmailIsTheSameAccountAndCounter() {
        var customer = testPeople.customer("Spellings");
        var email = customer.member();
        var fullWidth = email.chars().mapToObj(c -> c >= 'a' && c <= 'z' ? String.valueOf((char) (c - 'a' + 0xFF41))
                : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
        var client = new HttpSignIn(port, "127.0.0.78");
        for (int i = 0; i < 6; i++) {
            var spelling = i % 2 == 0 ? email.toUpperCase(java.util.Locale.ROOT) : fullWidth;
            assertThat(client.signIn(spelling, "guess-" + i)).endsWith("/login?error");
        }
        assertThat(new HttpSignIn(port, "127.0.0.79").signIn(email, DemoLogins.PASSWORD)).contains("throttled=");
        // An accented spelling is no account at all: the right password does not sign anyone in with it.
        var accented = email.replaceFirst("[aeiou]", "\u00e9");
        assertThat(new HttpSignIn(port, "127.0.0.80").signIn(accented, DemoLogins.PASSWORD)).endsWith("/login?error");
    }
}
