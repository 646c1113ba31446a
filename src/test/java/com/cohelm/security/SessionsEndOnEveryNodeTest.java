package com.cohelm.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.account.AccountService;
import com.cohelm.account.PeopleAdminService;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import jakarta.servlet.http.HttpSessionEvent;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Decision 0039 over real HTTP: a change that ends a person's sessions ends those another node holds too, within
 * a second, at their next request of any kind, the way a session ended on this node is met; sessions signed in
 * after the change go on. "Another node's" sessions are sessions this node's {@link ActiveSessions} was made to
 * forget, so only the cutoff in the database can end them.
 */
@CohelmServiceTest
class SessionsEndOnEveryNodeTest {

    /** A Vaadin round trip and a heartbeat of the page's first UI, as the browser posts them. */
    private static final String ROUND_TRIP = "/?v-r=uidl&v-uiId=0";
    private static final String HEARTBEAT = "/?v-r=heartbeat&v-uiId=0";
    private static final String JSON = "application/json; charset=UTF-8";
    private static final String ROUND_TRIP_BODY = "{\"csrfToken\":\"none\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";

    @LocalServerPort
    int port;
    @Autowired
    PeopleAdminService people;
    @Autowired
    AccountService accounts;
    @Autowired
    ActiveSessions activeSessions;
    @Autowired
    EndedSessionSweep sweep;
    @Autowired
    SessionCutoffs cutoffs;
    @Autowired
    SignIn signIn;
    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aSignInKeepsItsInstantInTheSession() {
        var customer = testPeople.customer("Signed in at");
        var before = TestClock.now().truncatedTo(ChronoUnit.MICROS);
        var browser = new HttpSignIn(port);
        browser.signIn(customer.member(), DemoLogins.PASSWORD);
        var after = TestClock.now();
        assertThat(activeSessions.sessionsOf(id(customer.member()))).singleElement()
                .satisfies(session -> assertThat(SignedInAt.of(session)).isBetween(before, after));
    }

    @Test
    void aRoleChangeEndsAnotherNodesSessionWithinASecondWhileOneSignedInAfterGoesOn() throws Exception {
        var customer = testPeople.customer("Other node role");
        var member = id(customer.member());
        var page = signedInOnAnotherNode(customer.member());
        var roundTrip = signedInOnAnotherNode(customer.member());
        var heartbeat = signedInOnAnotherNode(customer.member());
        var endedHere = new HttpSignIn(port);
        endedHere.signIn(customer.member(), DemoLogins.PASSWORD);
        assertThat(page.isSignedIn()).as("this node has read the person's cutoff: there is none").isTrue();

        signIn.as(customer.admin());
        people.changeRole(member, Role.MEMBER, Role.VIEWER);
        var changed = System.nanoTime();
        assertThat(activeSessions.count(member)).as("ended on this node at once").isZero();
        var after = new HttpSignIn(port);
        after.signIn(customer.member(), DemoLogins.PASSWORD);

        // The other node trusts what it read of the cutoff for half a second at most.
        while (page.isSignedIn()) {
            assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(1));
            Thread.sleep(50);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - changed)).isLessThan(Duration.ofSeconds(1));
        assertThat(page.get("/programs").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        // A round trip and a heartbeat are answered as those of a session this node ended itself: the round trip
        // is told its session expired (the page reloads into the sign-in page), the heartbeat is sent to sign in.
        var roundTripAnswer = roundTrip.post(ROUND_TRIP, JSON, ROUND_TRIP_BODY);
        assertThat(roundTripAnswer.body()).contains("\"sessionExpired\":true");
        assertSameAnswer(roundTripAnswer, endedHere.post(ROUND_TRIP, JSON, ROUND_TRIP_BODY));
        var heartbeatAnswer = heartbeat.post(HEARTBEAT, JSON, "");
        assertThat(heartbeatAnswer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
        assertSameAnswer(heartbeatAnswer, endedHere.post(HEARTBEAT, JSON, ""));

        assertThat(after.isSignedIn()).as("signed in after the change").isTrue();
        Thread.sleep(SessionCutoffs.FRESH_FOR.toMillis());
        assertThat(after.isSignedIn()).as("once the cutoff is read again").isTrue();
    }

    @Test
    void disablingAPersonEndsTheirSessionOnAnotherNodeAndTheyCannotSignInAgain() throws Exception {
        var customer = testPeople.customer("Other node disable");
        var elsewhere = signedInOnAnotherNode(customer.viewer());
        signIn.as(customer.admin());
        people.disable(id(customer.viewer()));
        Thread.sleep(SessionCutoffs.FRESH_FOR.toMillis());
        assertThat(elsewhere.isSignedIn()).isFalse();
        assertThat(new HttpSignIn(port).signIn(customer.viewer(), DemoLogins.PASSWORD)).contains("error");
    }

    @Test
    void changingOnesPasswordEndsTheSessionsOfOtherNodesButNotTheOneItWasChangedIn() throws Exception {
        var customer = testPeople.customer("Other node password");
        var member = id(customer.member());
        var elsewhere = signedInOnAnotherNode(customer.member());
        var current = new MockHttpSession();
        SignedInAt.stamp(current, TestClock.now().minusSeconds(60));
        var request = new MockHttpServletRequest();
        request.setSession(current);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        signIn.as(customer.member());
        accounts.changePassword(DemoLogins.PASSWORD, "harbour violet engine 56");
        var cutoff = validAfter(customer.member());
        assertThat(SignedInAt.of(current)).as("the session the password was changed in").isEqualTo(cutoff);
        assertThat(cutoffs.ended(member, SignedInAt.of(current))).isFalse();
        Thread.sleep(SessionCutoffs.FRESH_FOR.toMillis());
        assertThat(elsewhere.isSignedIn()).isFalse();
    }

    @Test
    void aPageLeftOpenThatMakesNoRequestIsEndedByTheNodesNextSweep() {
        var customer = testPeople.customer("Other node sweep");
        var member = id(customer.member());
        var leftOpen = new HttpSignIn(port);
        leftOpen.signIn(customer.member(), DemoLogins.PASSWORD);
        var viewer = new HttpSignIn(port);
        viewer.signIn(customer.viewer(), DemoLogins.PASSWORD);

        // Another node ends the member's sessions: it writes the cutoff, this node's sessions know nothing yet.
        var cutoff = TestClock.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("update user_account set sessions_valid_after = ? where id = ?")
                .params(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC), member).update();
        var signedInAfter = new HttpSignIn(port);
        signedInAfter.signIn(customer.member(), DemoLogins.PASSWORD);
        assertThat(activeSessions.count(member)).isEqualTo(2);

        assertThat(sweep.sweep()).isEqualTo(1);
        assertThat(activeSessions.count(member)).as("the one signed in after the cutoff").isOne();
        assertThat(activeSessions.count(id(customer.viewer()))).isOne();
        assertThat(leftOpen.isSignedIn()).isFalse();
        assertThat(signedInAfter.isSignedIn()).isTrue();
        assertThat(sweep.sweep()).as("nothing more to end").isZero();
    }

    /** A browser signed in whose session this node forgets, as if another node held it. */
    private HttpSignIn signedInOnAnotherNode(String email) {
        var browser = new HttpSignIn(port);
        assertThat(browser.signIn(email, DemoLogins.PASSWORD)).doesNotContain("error");
        for (var session : activeSessions.sessionsOf(id(email))) {
            activeSessions.sessionDestroyed(new HttpSessionEvent(session));
        }
        return browser;
    }

    private static void assertSameAnswer(HttpResponse<String> otherNode, HttpResponse<String> thisNode) {
        assertThat(otherNode.statusCode()).isEqualTo(thisNode.statusCode());
        assertThat(otherNode.body()).isEqualTo(thisNode.body());
        assertThat(otherNode.headers().firstValue("Location")).isEqualTo(thisNode.headers().firstValue("Location"));
    }

    private long id(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

    private Instant validAfter(String email) {
        return jdbc.sql("select sessions_valid_after from user_account where email = ?").param(email)
                .query(LocalDateTime.class).single().toInstant(ZoneOffset.UTC);
    }
}
