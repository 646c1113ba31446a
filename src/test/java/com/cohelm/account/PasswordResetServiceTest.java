package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "I forgot my password" on a real MariaDB. */
@CohelmServiceTest
class PasswordResetServiceTest {

    private static final String NEW_PASSWORD = "copper meadow signal 77";

    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    TestPeople testPeople;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theAnswerIsTheSameForUnknownEmailsAndNothingIsSent() {
        var before = tokens();
        resets.requestReset("nobody-at-all@nowhere.example");
        assertThat(tokens()).isEqualTo(before);
        assertThat(testPeople.latestMailTo("nobody-at-all@nowhere.example")).isEmpty();
        assertThatThrownBy(() -> resets.requestReset(" ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aResetLinkWorksOnceWithinAnHourAndEndsEveryOtherSession() {
        var customer = testPeople.customer("Reset");
        var stolenLaptop = new HttpSignIn(port);
        stolenLaptop.signIn(customer.member(), DemoLogins.PASSWORD);
        assertThat(stolenLaptop.isSignedIn()).isTrue();

        resets.requestReset(customer.member().toUpperCase());
        var mail = testPeople.latestMailTo(customer.member()).orElseThrow();
        assertThat(mail.subject()).isEqualTo("Reset your CoHelm password");
        var secret = TestPeople.token(TestPeople.link(mail));
        assertThat(TestPeople.link(mail)).contains("/reset-password/" + secret);
        var validity = jdbc.sql("select timestampdiff(SECOND, created_at, expires_at) from account_token"
                + " where token_hash = ?").param(AccountTokens.hash(secret)).query(Long.class).single();
        assertThat(Duration.ofSeconds(validity)).isLessThanOrEqualTo(Duration.ofHours(1));

        // Asking again at once sends nothing new: the form cannot flood someone's inbox.
        resets.requestReset(customer.member());
        assertThat(testPeople.mailsTo(customer.member())).hasSize(1);

        assertThat(resets.find(secret)).contains(customer.member());
        assertThatThrownBy(() -> resets.reset(secret, "short")).isInstanceOf(InvalidInputException.class);
        assertThat(resets.find(secret)).isPresent();

        assertThat(resets.reset(secret, NEW_PASSWORD)).isEqualTo(customer.member());
        assertThat(stolenLaptop.isSignedIn()).isFalse();
        assertThatThrownBy(() -> resets.reset(secret, NEW_PASSWORD)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(new HttpSignIn(port).signIn(customer.member(), DemoLogins.PASSWORD)).contains("error");
        assertThat(new HttpSignIn(port).signIn(customer.member(), NEW_PASSWORD)).doesNotContain("error");
        assertThat(jdbc.sql("select count(*) from activity_event where kind in ('PASSWORD_RESET_REQUESTED',"
                + " 'PASSWORD_RESET') and subject_label = ?").param("Cal Adeyemi").query(Long.class).list())
                .first().satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(2L));
    }

    @Test
    void anExpiredOrReplacedLinkIsRefused() {
        var customer = testPeople.customer("Reset expiry");
        resets.requestReset(customer.viewer());
        var secret = TestPeople.token(TestPeople.link(testPeople.latestMailTo(customer.viewer()).orElseThrow()));
        jdbc.sql("update account_token set expires_at = ? where token_hash = ?")
                .params(java.sql.Timestamp.from(TestClock.now().minusSeconds(1)), AccountTokens.hash(secret)).update();
        assertThat(resets.find(secret)).isEmpty();
        assertThatThrownBy(() -> resets.reset(secret, NEW_PASSWORD)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(resets.find("not-even-a-token")).isEmpty();
    }

    @Test
    void aDisabledOrInvitedPersonGetsNoResetLink() {
        var customer = testPeople.customer("Reset disabled");
        jdbc.sql("update user_account set enabled = false where email = ?").param(customer.viewer()).update();
        resets.requestReset(customer.viewer());
        assertThat(testPeople.latestMailTo(customer.viewer())).isEmpty();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsTheOtherSessions() {
        var customer = testPeople.customer("Password change");
        var other = new HttpSignIn(port);
        other.signIn(customer.member(), DemoLogins.PASSWORD);
        signIn.as(customer.member());
        assertThatThrownBy(() -> accounts.changePassword("wrong", NEW_PASSWORD))
                .hasMessageContaining("profile.error.current-password");
        assertThatThrownBy(() -> accounts.changePassword(DemoLogins.PASSWORD, "aaaaaaaaaaaaaaaa"))
                .hasMessageContaining("password.too-common");
        assertThat(other.isSignedIn()).isTrue();
        accounts.changePassword(DemoLogins.PASSWORD, NEW_PASSWORD);
        assertThat(other.isSignedIn()).isFalse();
        assertThat(new HttpSignIn(port).signIn(customer.member(), NEW_PASSWORD)).doesNotContain("error");
    }

    @Test
    void signingOutEverywhereEndsEverySession() {
        var customer = testPeople.customer("Everywhere");
        var first = new HttpSignIn(port);
        var second = new HttpSignIn(port);
        first.signIn(customer.viewer(), DemoLogins.PASSWORD);
        second.signIn(customer.viewer(), DemoLogins.PASSWORD);
        signIn.as(customer.viewer());
        assertThat(accounts.signOutEverywhere()).isEqualTo(2);
        assertThat(first.isSignedIn()).isFalse();
        assertThat(second.isSignedIn()).isFalse();
    }

    @Test
    void theProfileKeepsNameTitleLanguageAndTimeZone() {
        var customer = testPeople.customer("Profile");
        signIn.as(customer.member());
        var saved = accounts.updateProfile(accounts.profile().toDraft(), new ProfileDraft(" Cal A. ", "Test lead", java.util.Locale.FRENCH,
                java.time.ZoneId.of("Europe/Paris")));
        assertThat(saved.displayName()).isEqualTo("Cal A.");
        assertThat(saved.jobTitle()).isEqualTo("Test lead");
        assertThat(saved.language().getLanguage()).isEqualTo("fr");
        assertThat(saved.timeZone().getId()).isEqualTo("Europe/Paris");
        assertThatThrownBy(() -> accounts.updateProfile(saved.toDraft(), new ProfileDraft(" ", null, java.util.Locale.FRENCH,
                java.time.ZoneId.of("UTC")))).hasMessageContaining("displayName");
    }

    private long tokens() {
        return jdbc.sql("select count(*) from account_token").query(Long.class).single();
    }
}
