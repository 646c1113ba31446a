package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.security.Role;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every change that ends a person's sessions moves their "sessions valid after" instant to the change's, in the
 * change's transaction, so the other nodes end their sessions too (decision 0039).
 */
@CohelmServiceTest
class SessionsValidAfterTest {

    private static final String NEW_PASSWORD = "amber lighthouse quiet 31";

    @Autowired
    PeopleAdminService people;
    @Autowired
    OrganizationAdminService organizations;
    @Autowired
    PasswordResetService resets;
    @Autowired
    AccountService accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    TestPeople testPeople;
    @Autowired
    JdbcClient jdbc;

    @Test
    void disablingAPersonEndsTheirSessionsFromNow() {
        var customer = testPeople.customer("Valid after disable");
        signIn.as(customer.admin());
        assertMovesToNow(customer.member(), () -> people.disable(id(customer.member())));
        assertThat(validAfter(customer.viewer())).as("nobody else's").isNull();
    }

    @Test
    void changingARoleEndsTheSessionsFromNow() {
        var customer = testPeople.customer("Valid after role");
        signIn.as(customer.admin());
        assertMovesToNow(customer.member(), () -> people.changeRole(id(customer.member()), Role.MEMBER, Role.VIEWER));
    }

    @Test
    void choosingTheRoleThePersonHasChangesNothingAndEndsNothing() {
        var customer = testPeople.customer("Valid after same role");
        signIn.as(customer.admin());
        people.changeRole(id(customer.member()), Role.MEMBER, Role.MEMBER);
        assertThat(validAfter(customer.member())).isNull();
    }

    @Test
    void aPasswordResetEndsTheSessionsFromNow() {
        var customer = testPeople.customer("Valid after reset");
        resets.requestReset(customer.member());
        var secret = TestPeople.token(TestPeople.link(testPeople.latestMailTo(customer.member()).orElseThrow()));
        assertMovesToNow(customer.member(), () -> resets.reset(secret, NEW_PASSWORD));
    }

    @Test
    void changingOnesPasswordEndsTheSessionsFromNow() {
        var customer = testPeople.customer("Valid after password change");
        signIn.as(customer.member());
        assertMovesToNow(customer.member(), () -> {
            accounts.changePassword(DemoLogins.PASSWORD, NEW_PASSWORD);
            return null;
        });
    }

    @Test
    void signingOutEverywhereEndsTheSessionsFromNow() {
        var customer = testPeople.customer("Valid after everywhere");
        signIn.as(customer.viewer());
        assertMovesToNow(customer.viewer(), accounts::signOutEverywhere);
    }

    @Test
    void archivingAnOrganizationEndsTheSessionsOfEveryoneInItFromNow() {
        var customer = testPeople.customer("Valid after archive");
        var bystander = testPeople.customer("Valid after archive, elsewhere");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var before = now();
        organizations.archive(customer.organizationId());
        var after = now();
        for (var person : new String[] {customer.admin(), customer.member(), customer.viewer()}) {
            assertThat(validAfter(person)).as(person).isBetween(before, after);
        }
        assertThat(validAfter(bystander.member())).as("another organization's").isNull();
    }

    @Test
    void aCutoffNeverMovesBack() {
        var customer = testPeople.customer("Valid after later");
        var later = now().plus(1, ChronoUnit.HOURS);
        jdbc.sql("update user_account set sessions_valid_after = ? where email = ?")
                .params(LocalDateTime.ofInstant(later, ZoneOffset.UTC), customer.member()).update();
        signIn.as(customer.admin());
        people.disable(id(customer.member()));
        assertThat(validAfter(customer.member())).as("a node whose clock is behind").isEqualTo(later);
    }

    private void assertMovesToNow(String email, Supplier<?> change) {
        assertThat(validAfter(email)).as("before the change").isNull();
        var before = now();
        change.get();
        var after = now();
        assertThat(validAfter(email)).isBetween(before, after);
    }

    /** The suite's clock to the microsecond, the column's precision. */
    private static Instant now() {
        return TestClock.now().truncatedTo(ChronoUnit.MICROS);
    }

    private long id(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }

    /** As stored: Hibernate writes instants in UTC ({@code hibernate.jdbc.time_zone}). */
    private Instant validAfter(String email) {
        var stored = jdbc.sql("select sessions_valid_after from user_account where email = ?").param(email)
                .query(LocalDateTime.class).list();
        assertThat(stored).hasSize(1);
        return stored.getFirst() == null ? null : stored.getFirst().toInstant(ZoneOffset.UTC);
    }
}
