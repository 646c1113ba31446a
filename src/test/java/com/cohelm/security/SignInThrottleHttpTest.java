package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.HttpSignIn;
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
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'SIGN_IN_THROTTLED' and actor_label = ?")
                .param(customer.member()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from activity_event where kind = 'SIGN_IN_FAILED' and actor_label = ?")
                .param(customer.member()).query(Long.class).single()).isEqualTo(6);

        Thread.sleep(1_100);
        assertThat(person.signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");
        assertThat(person.isSignedIn()).isTrue();
    }
}
