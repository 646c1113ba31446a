package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.account.PersonProgram;
import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramMembershipService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.security.Role;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 28 §3: two tabs (or two admins) read the same account, the first saves one field, the second another.
 * A person's account version moves at every sign-in, so these forms merge field by field: both changes
 * survive, and a field both changed differently is a conflict (decision 0032).
 */
@CohelmServiceTest
class TwoTabAccountEditsTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PeopleAdminService people;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    ProgramMembershipService memberships;
    @Autowired
    SignIn signIn;
    @Autowired
    TestPeople testPeople;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tabATitleAndTabBNameBothSurvive() {
        var customer = testPeople.customer("Two tabs profile");
        signIn.as(customer.member());
        var tabA = accounts.profile().toDraft();
        var tabB = accounts.profile().toDraft();

        accounts.updateProfile(tabA, new ProfileDraft(tabA.displayName(), "Head of test", tabA.language(),
                tabA.timeZone()));
        var saved = accounts.updateProfile(tabB, new ProfileDraft("Cal Adeyemi-Stone", tabB.jobTitle(),
                tabB.language(), tabB.timeZone()));

        assertThat(saved.jobTitle()).isEqualTo("Head of test");
        assertThat(saved.displayName()).isEqualTo("Cal Adeyemi-Stone");
        assertThat(accounts.profile().jobTitle()).isEqualTo("Head of test");
    }

    @Test
    void bothTabsChangingTheSameFieldIsAConflictThatKeepsTheFirst() {
        var customer = testPeople.customer("Two tabs same field");
        signIn.as(customer.member());
        var tabA = accounts.profile().toDraft();
        var tabB = accounts.profile().toDraft();

        accounts.updateProfile(tabA, new ProfileDraft(tabA.displayName(), "Head of test", tabA.language(),
                tabA.timeZone()));
        assertThatThrownBy(() -> accounts.updateProfile(tabB, new ProfileDraft("Renamed", "Test architect",
                Locale.FRENCH, ZoneId.of("Europe/Paris"))))
                .isInstanceOfSatisfying(ConcurrentEditException.class, e -> assertThat(
                        e.<ProfileDetails>current().jobTitle()).isEqualTo("Head of test"));

        var stored = accounts.profile();
        assertThat(stored.jobTitle()).isEqualTo("Head of test");
        assertThat(stored.displayName()).isNotEqualTo("Renamed"); // nothing of the refused save is kept
        assertThat(stored.language().getLanguage()).isEqualTo("en");
    }

    @Test
    void aSignInElsewhereBetweenReadingAndSavingIsNoConflict() {
        var customer = testPeople.customer("Two tabs sign in");
        signIn.as(customer.member());
        var tab = accounts.profile().toDraft();
        jdbc.sql("update user_account set last_sign_in_at = ?, version = version + 1 where email = ?")
                .params(java.sql.Timestamp.from(TestClock.now()), customer.member()).update();

        var saved = accounts.updateProfile(tab, new ProfileDraft(tab.displayName(), "Head of test", tab.language(),
                tab.timeZone()));
        assertThat(saved.jobTitle()).isEqualTo("Head of test");
    }

    @Test
    void twoAdminsGivingDifferentRolesConflict() {
        var customer = testPeople.customer("Two admins role");
        long member = demo.personId(customer.member());
        signIn.as(customer.admin());
        var readByA = people.find(member).role();
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var readByB = people.find(member).role();

        people.changeRole(member, readByB, Role.ADMIN);
        signIn.as(customer.admin());
        assertThatThrownBy(() -> people.changeRole(member, readByA, Role.VIEWER))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<PersonRow>current().role()).isEqualTo(Role.ADMIN));
        // The same change twice is no conflict.
        assertThat(people.changeRole(member, readByA, Role.ADMIN).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void twoAdminsChangingDifferentProgramsOfAPersonKeepBothChanges() {
        var customer = testPeople.customer("Two admins programs");
        long member = demo.personId(customer.member());
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var today = TestClock.today();
        long second = programEdits.create(new ProgramDraft(customer.organizationId(), "Second program " + member,
                "Tested together", today, today.plusMonths(3), ProgramStatus.ACTIVE,
                demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(customer.admin()), Set.of(), Set.of())).id();
        var readByA = memberOf(member);
        var readByB = memberOf(member);
        assertThat(readByA).containsExactly(customer.programId());

        // A adds the second program; B, whose dialog still shows only the first, takes them out of the first.
        memberships.changeProgramsOfPerson(member, readByA, Set.of(customer.programId(), second));
        memberships.changeProgramsOfPerson(member, readByB, Set.of());

        assertThat(memberOf(member)).containsExactly(second);
    }

    private Set<Long> memberOf(long userId) {
        return memberships.programsOfPerson(userId).stream().filter(PersonProgram::member).map(PersonProgram::id)
                .collect(Collectors.toSet());
    }
}
