package com.cohelm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.account.PersonProgram;
import com.cohelm.program.ProgramMembershipService;
import com.cohelm.program.ProgramService;
import com.cohelm.security.Role;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.HttpSignIn;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The people administration on a real MariaDB: scope, invitations and their links, roles, disabling. */
@CohelmServiceTest
class PeopleAdminServiceTest {

    private static final String STRONG = "lantern harbour velvet 42";

    @Autowired
    PeopleAdminService people;
    @Autowired
    InvitationService invitations;
    @Autowired
    ProgramService programs;
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
    @LocalServerPort
    int port;

    @Test
    void aCustomerAdminSeesAndManagesOnlyTheirOwnOrganization() {
        var other = testPeople.customer("Scope");
        signIn.as(DemoLogins.CUSTOMER_ADMIN);
        var brightline = demo.organizationId("Brightline Consumer Electronics");

        var listed = people.list(other.organizationId(), null, PageRequest.of(0, 50, Sort.by("displayName")));
        assertThat(listed).isNotEmpty().allMatch(p -> p.organizationId() == brightline);
        assertThat(people.count(null, null)).isEqualTo(listed.size());
        assertThat(people.organizations()).extracting(OrganizationSummary::id).containsExactly(brightline);

        long stranger = demo.personId(other.member());
        assertThatThrownBy(() -> people.find(stranger)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> people.changeRole(stranger, Role.MEMBER, Role.VIEWER)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> people.disable(stranger)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> people.resendInvitation(stranger)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> memberships.programsOfPerson(stranger)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> memberships.setProgramsOfPerson(stranger, Set.of()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> people.invite(new InvitationDraft("someone@x.example", other.organizationId(),
                Role.MEMBER, null))).isInstanceOf(ResourceNotFoundException.class);
        // Unchanged
        assertThat(jdbc.sql("select role from user_account where id = ?").param(stranger).query(String.class).single())
                .isEqualTo("MEMBER");
    }

    @Test
    void theSupplierAdminManagesEveryone() {
        var customer = testPeople.customer("Supplier scope");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        // Everyone, whatever their organization (looked up one by one: other tests add people by the hundred).
        for (var email : List.of(DemoLogins.CUSTOMER_ADMIN, DemoLogins.SUPPLIER_MEMBER, customer.member())) {
            assertThat(people.list(null, email, PageRequest.of(0, 5))).extracting(PersonRow::email).contains(email);
        }
        assertThat(people.list(customer.organizationId(), null, PageRequest.of(0, 50)))
                .extracting(PersonRow::email).containsExactlyInAnyOrder(customer.admin(), customer.member(),
                        customer.viewer());
        var changed = people.changeRole(demo.personId(customer.member()), Role.MEMBER, Role.VIEWER);
        assertThat(changed.role()).isEqualTo(Role.VIEWER);
        assertThat(events("ROLE_CHANGED", changed.id())).isEqualTo(1);
    }

    @Test
    void anInvitationIsASingleUseLinkStoredOnlyAsAHash() {
        var customer = testPeople.customer("Invite");
        signIn.as(customer.admin());
        var invited = people.invite(new InvitationDraft("  New.Colleague+" + customer.programId() + "@Test.example ",
                customer.organizationId(), Role.MEMBER, "New Colleague"));
        memberships.setProgramsOfPerson(invited.id(), Set.of(customer.programId()));
        assertThat(invited.status()).isEqualTo(PersonStatus.INVITED);
        assertThat(invited.email()).isEqualTo("new.colleague+" + customer.programId() + "@test.example");
        assertThat(events("INVITATION_SENT", invited.id())).isEqualTo(1);
        signIn.out();

        var mail = testPeople.latestMailTo(invited.email()).orElseThrow();
        var secret = TestPeople.token(TestPeople.link(mail));
        assertThat(TestPeople.link(mail)).contains("/invitation/" + secret);
        assertThat(secret).hasSize(43); // 256 random bits, base64url
        var stored = jdbc.sql("select token_hash from account_token where user_id = ?").param(invited.id())
                .query(String.class).single();
        assertThat(stored).hasSize(64).isNotEqualTo(secret).isEqualTo(AccountTokens.hash(secret));
        assertThat(jdbc.sql("select count(*) from account_token where token_hash like ?").param("%" + secret + "%")
                .query(Long.class).single()).isZero();

        // An invited person cannot sign in yet
        assertThat(new HttpSignIn(port).signIn(invited.email(), STRONG)).contains("error");

        var details = invitations.find(secret).orElseThrow();
        assertThat(details.organizationName()).isEqualTo(customer.name());
        assertThat(details.suggestedName()).isEqualTo("New Colleague");

        // A weak password changes nothing and the link still works
        assertThatThrownBy(() -> invitations.accept(secret, "New Colleague", "password1234"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("password.too-common");
        assertThat(invitations.find(secret)).isPresent();

        assertThat(invitations.accept(secret, "Nia Colleague", STRONG)).isEqualTo(invited.email());
        assertThat(invitations.find(secret)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(secret, "Nia Again", STRONG))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(new HttpSignIn(port).signIn(invited.email(), STRONG)).doesNotContain("error");

        signIn.as(invited.email());
        assertThat(programs.list(com.cohelm.program.ProgramFilter.none(), PageRequest.of(0, 10)))
                .extracting(p -> p.id()).containsExactly(customer.programId());
    }

    @Test
    void resendingRevokesTheEarlierLinkAndAnExpiredLinkIsRefused() {
        var customer = testPeople.customer("Resend");
        signIn.as(customer.admin());
        var invited = people.invite(new InvitationDraft("resend-" + customer.programId() + "@test.example",
                customer.organizationId(), Role.VIEWER, null));
        signIn.out();
        var first = TestPeople.token(TestPeople.link(testPeople.latestMailTo(invited.email()).orElseThrow()));

        signIn.as(customer.admin());
        people.resendInvitation(invited.id());
        signIn.out();
        var second = TestPeople.token(TestPeople.link(testPeople.latestMailTo(invited.email()).orElseThrow()));
        assertThat(second).isNotEqualTo(first);
        assertThat(invitations.find(first)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(first, "Rosa", STRONG)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(invitations.find(second)).isPresent();

        // The link lives seven days by default; once past, it is refused.
        var validity = jdbc.sql("select timestampdiff(SECOND, created_at, expires_at) from account_token"
                + " where token_hash = ?").param(AccountTokens.hash(second)).query(Long.class).single();
        assertThat(Duration.ofSeconds(validity)).isEqualTo(Duration.ofDays(7));
        jdbc.sql("update account_token set expires_at = ? where token_hash = ?")
                .params(java.sql.Timestamp.from(TestClock.now().minusSeconds(1)), AccountTokens.hash(second)).update();
        assertThat(invitations.find(second)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(second, "Rosa", STRONG))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(events("INVITATION_RESENT", invited.id())).isEqualTo(1);
    }

    @Test
    void invitationsAreValidatedAtTheField() {
        var customer = testPeople.customer("Validation");
        signIn.as(customer.admin());
        assertThatThrownBy(() -> people.invite(new InvitationDraft("not-an-email", customer.organizationId(),
                Role.MEMBER, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("email");
        assertThatThrownBy(() -> people.invite(new InvitationDraft(customer.member(), customer.organizationId(),
                Role.MEMBER, null))).hasMessageContaining("people.error.email-taken");
        assertThatThrownBy(() -> people.invite(new InvitationDraft("x@y.example", customer.organizationId(),
                null, null))).hasMessageContaining("role");
    }

    @Test
    void aLookAlikeOfAnExistingEmailIsNoNewAccount() {
        var customer = testPeople.customer("Look-alikes");
        signIn.as(customer.admin());
        var member = customer.member();
        var accented = member.replaceFirst("[aeiou]", "\u00e9");
        var fullWidthAt = member.replace("@", "\uff20");
        for (var lookAlike : new String[] {accented, member.toUpperCase(java.util.Locale.ROOT), fullWidthAt}) {
            assertThatThrownBy(() -> people.invite(new InvitationDraft(lookAlike, customer.organizationId(),
                    Role.MEMBER, null))).as(lookAlike).hasMessageContaining("people.error.email-taken");
        }
        // A full-width spelling of a new address is stored in its plain, canonical form.
        var invited = people.invite(new InvitationDraft("\uff4e\uff45\uff57@" + member.substring(member.indexOf('@') + 1),
                customer.organizationId(), Role.MEMBER, null));
        assertThat(invited.email()).isEqualTo("new@" + member.substring(member.indexOf('@') + 1));
    }

    @Test
    void disablingEndsThePersonsSessionsAtOnceAndAdminsCannotLockThemselvesOut() {
        var customer = testPeople.customer("Disable");
        var laptop = new HttpSignIn(port);
        var phone = new HttpSignIn(port);
        laptop.signIn(customer.member(), DemoLogins.PASSWORD);
        phone.signIn(customer.member(), DemoLogins.PASSWORD);
        assertThat(laptop.isSignedIn()).isTrue();
        assertThat(phone.isSignedIn()).isTrue();

        signIn.as(customer.admin());
        var me = demo.personId(customer.admin());
        assertThatThrownBy(() -> people.disable(me)).hasMessageContaining("people.error.self");
        assertThatThrownBy(() -> people.changeRole(me, Role.ADMIN, Role.MEMBER)).hasMessageContaining("people.error.self");

        var disabled = people.disable(demo.personId(customer.member()));
        assertThat(disabled.status()).isEqualTo(PersonStatus.DISABLED);
        assertThat(laptop.isSignedIn()).isFalse();
        assertThat(phone.isSignedIn()).isFalse();
        assertThat(new HttpSignIn(port).signIn(customer.member(), DemoLogins.PASSWORD)).contains("error");
        assertThat(events("USER_DISABLED", disabled.id())).isEqualTo(1);

        people.enable(disabled.id());
        assertThat(new HttpSignIn(port).signIn(customer.member(), DemoLogins.PASSWORD)).doesNotContain("error");
    }

    @Test
    void aRoleChangeEndsTheSessionsSoTheNewRoleAppliesAtOnce() {
        var customer = testPeople.customer("Role");
        var browser = new HttpSignIn(port);
        browser.signIn(customer.viewer(), DemoLogins.PASSWORD);
        assertThat(browser.isSignedIn()).isTrue();
        signIn.as(customer.admin());
        people.changeRole(demo.personId(customer.viewer()), Role.VIEWER, Role.MEMBER);
        assertThat(browser.isSignedIn()).isFalse();
    }

    @Test
    void aCustomerAdminAddsColleaguesToTheirOrganizationsProgramsOnly() {
        var customer = testPeople.customer("Programs");
        signIn.as(customer.admin());
        var invited = people.invite(new InvitationDraft("programs-" + customer.programId() + "@test.example",
                customer.organizationId(), Role.MEMBER, null));
        assertThat(memberships.programsOfOrganization(customer.organizationId())).extracting(PersonProgram::id)
                .containsExactly(customer.programId());
        memberships.setProgramsOfPerson(invited.id(), Set.of(customer.programId()));
        assertThat(memberships.programsOfPerson(invited.id())).singleElement()
                .satisfies(p -> assertThat(p.member()).isTrue());
        long verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        assertThatThrownBy(() -> memberships.setProgramsOfPerson(invited.id(), Set.of(verdant)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> memberships.programsOfOrganization(demo.organizationId("Verdant Clean Energy")))
                .isInstanceOf(ResourceNotFoundException.class);
        // The program's customer lead stays in it
        assertThatThrownBy(() -> memberships.setProgramsOfPerson(demo.personId(customer.admin()), Set.of()))
                .hasMessageContaining("program.error.lead-stays");
    }

    /**
     * Issue 28 §5: a customer admin is never told that another organization's person has an account. The
     * invitation is held: the same answer, the same row, the same list as for a new address; nothing is
     * mailed to the other organization's person; supplier admins see it as held.
     */
    @Test
    void aCustomerAdminInvitingAnotherOrganizationsPersonLearnsNothingAndNoMailLeavesTheirOrganization() {
        var brightline = testPeople.customer("Oracle inviter");
        var verdant = testPeople.customer("Oracle other");
        var strangerEmail = verdant.member();
        long stranger = demo.personId(strangerEmail);
        var newEmail = "oracle-new-" + brightline.programId() + "@test.example";
        var mailsBefore = testPeople.mailsTo(strangerEmail).size();
        signIn.as(brightline.admin());

        var held = people.invite(new InvitationDraft(strangerEmail.toUpperCase(java.util.Locale.ROOT),
                brightline.organizationId(), Role.MEMBER, "Vic"));
        var sent = people.invite(new InvitationDraft(newEmail, brightline.organizationId(), Role.MEMBER, "Vic"));
        memberships.setProgramsOfPerson(held.id(), Set.of(brightline.programId()));
        memberships.setProgramsOfPerson(sent.id(), Set.of(brightline.programId()));

        // The same answer, field by field, but for the id and the address typed.
        assertThat(withoutIdentity(held)).isEqualTo(withoutIdentity(sent));
        assertThat(held.status()).isEqualTo(PersonStatus.INVITED);
        assertThat(held.organizationId()).isEqualTo(brightline.organizationId());
        // The same in the list, in the person's page, on a resend, and on inviting either again.
        var listed = people.list(null, null, PageRequest.of(0, 50, Sort.by("displayName")));
        assertThat(listed).extracting(PersonRow::id).contains(held.id(), sent.id());
        assertThat(withoutIdentity(listed.stream().filter(p -> p.id() == held.id()).findFirst().orElseThrow()))
                .isEqualTo(withoutIdentity(listed.stream().filter(p -> p.id() == sent.id()).findFirst().orElseThrow()));
        assertThat(withoutIdentity(people.find(held.id()))).isEqualTo(withoutIdentity(people.find(sent.id())));
        assertThat(withoutIdentity(people.resendInvitation(held.id())))
                .isEqualTo(withoutIdentity(people.resendInvitation(sent.id())));
        assertThat(memberships.programsOfPerson(held.id())).isEqualTo(memberships.programsOfPerson(sent.id()));
        for (var again : List.of(strangerEmail, newEmail)) {
            assertThatThrownBy(() -> people.invite(new InvitationDraft(again, brightline.organizationId(), Role.MEMBER,
                    null))).as(again).hasMessageContaining("people.error.email-taken");
        }
        signIn.out();

        // The new address got its invitations; Verdant's person got nothing naming Brightline.
        assertThat(testPeople.mailsTo(newEmail)).hasSize(2);
        assertThat(testPeople.mailsTo(strangerEmail)).hasSize(mailsBefore);
        assertThat(jdbc.sql("select count(*) from account_token where user_id = ?").param(held.id())
                .query(Long.class).single()).isZero();
        // Verdant's person is untouched and still the one account that email signs in to.
        assertThat(jdbc.sql("select organization_id from user_account where email_key = ?").param(strangerEmail)
                .query(Long.class).single()).isEqualTo(verdant.organizationId());
        assertThat(jdbc.sql("select id from user_account where email_key = ?").param(strangerEmail)
                .query(Long.class).single()).isEqualTo(stranger);

        // Supplier admins see the hold, in the list and the audit log, and resolve it (here: turn it down).
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        assertThat(people.find(held.id()).status()).isEqualTo(PersonStatus.HELD);
        assertThat(people.find(sent.id()).status()).isEqualTo(PersonStatus.INVITED);
        assertThat(events("INVITATION_HELD", held.id())).isEqualTo(1);
        assertThat(events("INVITATION_SENT", held.id())).isZero();
        assertThatThrownBy(() -> people.resendInvitation(held.id())).hasMessageContaining("people.error.held");
        assertThatThrownBy(() -> people.invite(new InvitationDraft(strangerEmail, brightline.organizationId(),
                Role.MEMBER, null))).hasMessageContaining("people.error.email-taken");
        assertThat(people.disable(held.id()).status()).isEqualTo(PersonStatus.DISABLED);
    }

    /** Issue 28 §5: a person's name loses invisible controls; an email with one in it is refused at the field. */
    @Test
    void invisibleControlsNeverReachAPersonsNameOrEmail() {
        var customer = testPeople.customer("Bidi names");
        signIn.as(customer.admin());
        var invited = people.invite(new InvitationDraft("bidi-" + customer.programId() + "@test.example",
                customer.organizationId(), Role.MEMBER, "\u202Eanna\u200B Lee\u2069"));
        assertThat(invited.displayName()).isEqualTo("anna Lee");
        assertThatThrownBy(() -> people.invite(new InvitationDraft("bidi\u202E-" + customer.programId()
                + "@test.example", customer.organizationId(), Role.MEMBER, null)))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("email");
    }

    /** What an answer says once the id, the address typed and the moment are left out. */
    private static PersonRow withoutIdentity(PersonRow row) {
        var p = row.person();
        return new PersonRow(new PersonSummary(0, p.displayName(), p.jobTitle(), "", p.organizationId(),
                p.organizationName(), p.side(), p.role(), p.enabled()), row.status(), row.lastSignInAt(), null,
                row.failedSignIns());
    }

    private long events(String kind, long subjectId) {
        return jdbc.sql("select count(*) from activity_event where kind = ? and subject_id = ?")
                .params(kind, subjectId).query(Long.class).single();
    }
}
