package com.cohelm.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramService;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The program feed and the audit log on the real database: customers never get supplier-internal events,
 * the filters by kind and side, the audit log for supplier admins only with its filters, and refused
 * access recorded in a transaction of its own.
 */
@CohelmSpringTest
class ActivityFeedTest {

    @Autowired
    ActivityFeed feed;
    @Autowired
    AuditLog audit;
    @Autowired
    ActivityRecorder recorder;
    @Autowired
    ProgramService programs;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    /** A program with one shared supplier event, one internal supplier event and one customer event. */
    private TestPrograms.TestProgram programWithEvents() {
        var program = testPrograms.create("Feed");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        recorder.record(ActivityEntry.of(ActivityKind.GOAL_UPDATED).program(program.id()).subject("goal", 1L, "Shared goal"));
        recorder.record(ActivityEntry.of(ActivityKind.GOAL_NOTE_ADDED).program(program.id())
                .subject("goal", 1L, "Secret note").supplierInternal());
        signIn.as(program.customerMember());
        recorder.record(ActivityEntry.of(ActivityKind.GOAL_MEASURED).program(program.id()).subject("goal", 1L, "Measured"));
        signIn.out();
        return program;
    }

    private static Pageable first() {
        return PageRequest.of(0, 50);
    }

    @Test
    void customersNeverGetSupplierInternalEvents() {
        var program = programWithEvents();
        signIn.as(program.customerLead());
        var customerView = feed.page(program.id(), FeedFilter.ALL, first());
        assertThat(customerView).extracting(e -> e.event().subjectLabel()).doesNotContain("Secret note")
                .contains("Shared goal", "Measured");
        assertThat(feed.count(program.id(), FeedFilter.ALL)).isEqualTo(customerView.size());
        // even when asking for that kind only
        assertThat(feed.page(program.id(), new FeedFilter(Set.of(ActivityKind.GOAL_NOTE_ADDED), null), first())).isEmpty();

        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var supplierView = feed.page(program.id(), FeedFilter.ALL, first());
        assertThat(supplierView).extracting(e -> e.event().subjectLabel()).contains("Secret note");
        assertThat(supplierView.size()).isEqualTo(customerView.size() + 1);
    }

    @Test
    void theFeedFiltersByKindAndBySideOfWhoActedNewestFirst() {
        var program = programWithEvents();
        signIn.as(program.customerMember());
        var customerSide = feed.page(program.id(), new FeedFilter(Set.of(), Side.CUSTOMER), first());
        assertThat(customerSide).extracting(e -> e.event().subjectLabel()).containsExactly("Measured");
        assertThat(customerSide.getFirst().actorName()).isEqualTo(TestPrograms.CUSTOMER_MEMBER_NAME);
        var measured = feed.page(program.id(), new FeedFilter(Set.of(ActivityKind.GOAL_MEASURED,
                ActivityKind.GOAL_UPDATED), null), first());
        assertThat(measured).extracting(e -> e.event().kind())
                .containsExactly(ActivityKind.GOAL_MEASURED, ActivityKind.GOAL_UPDATED);
        assertThat(feed.count(program.id(), new FeedFilter(Set.of(), Side.SUPPLIER)))
                .isEqualTo(feed.page(program.id(), new FeedFilter(Set.of(), Side.SUPPLIER), first()).size());
    }

    @Test
    void anotherTenantsFeedIsNotFound() {
        var program = programWithEvents();
        signIn.as(DemoLogins.CUSTOMER_ADMIN);
        assertThatThrownBy(() -> feed.page(program.id(), FeedFilter.ALL, first()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theAuditLogIsForSupplierAdminsOnly() {
        for (var login : new String[] {DemoLogins.SUPPLIER_MEMBER, DemoLogins.CUSTOMER_ADMIN, DemoLogins.CUSTOMER_VIEWER}) {
            signIn.as(login);
            assertThatThrownBy(() -> audit.page(AuditFilter.ALL, first())).as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.csv(AuditFilter.ALL)).as(login).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theAuditLogFiltersByPersonOrganizationKindAndDates() {
        var program = programWithEvents();
        var organization = jdbc.sql("select customer_id from program where id = ?").param(program.id())
                .query(Long.class).single();
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var byPerson = audit.page(new AuditFilter(TestPrograms.CUSTOMER_MEMBER_NAME.substring(0, 6), null,
                Set.of(ActivityKind.GOAL_MEASURED), null, null), first());
        assertThat(byPerson).isNotEmpty().allSatisfy(e -> assertThat(e.event().kind()).isEqualTo(ActivityKind.GOAL_MEASURED));
        var byLogin = audit.page(new AuditFilter(program.customerMember(), null, Set.of(), null, null), first());
        assertThat(byLogin).extracting(e -> e.event().subjectLabel()).contains("Measured");
        var byOrganization = audit.page(new AuditFilter(null, organization, Set.of(), null, null), PageRequest.of(0, 500));
        assertThat(byOrganization).isNotEmpty().allSatisfy(e -> assertThat(e.event().organizationId()).isEqualTo(organization));
        assertThat(byOrganization.getFirst().organizationName()).isEqualTo(program.customerName());
        var tomorrow = TestClock.today().plusDays(2);
        assertThat(audit.count(new AuditFilter(null, null, Set.of(), tomorrow, null))).isZero();
        assertThat(audit.count(new AuditFilter(null, null, Set.of(), null, TestClock.today().minusYears(5)))).isZero();
        var csv = audit.csv(new AuditFilter(null, organization, Set.of(), TestClock.today().minusDays(1), TestClock.today()));
        assertThat(csv).startsWith("id,occurred_at,kind").contains("PROGRAM_CREATED");
    }

    @Test
    void aRefusedCallIsRecordedEvenWhenTheCallersTransactionRollsBack() {
        var verdant = demo.id(DemoLogins.VERDANT_PROGRAM);
        var bea = signIn.as(DemoLogins.CUSTOMER_ADMIN);
        var before = denials(bea.id(), verdant);
        transaction.executeWithoutResult(status -> {
            assertThatThrownBy(() -> feed.count(verdant, FeedFilter.ALL)).isInstanceOf(ResourceNotFoundException.class);
            status.setRollbackOnly();
        });
        assertThat(denials(bea.id(), verdant)).isEqualTo(before + 1);
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var recorded = audit.page(new AuditFilter(DemoLogins.CUSTOMER_ADMIN, null, Set.of(ActivityKind.ACCESS_DENIED),
                null, null), first()).getFirst();
        assertThat(recorded.event().subjectType()).isEqualTo("program");
        assertThat(recorded.event().subjectId()).isEqualTo(verdant);
        assertThat(recorded.event().subjectLabel()).isNull();
        assertThat(recorded.event().actorSide()).isEqualTo(Side.CUSTOMER);
    }

    private long denials(long actorId, long programId) {
        return jdbc.sql("select count(*) from activity_event where kind = 'ACCESS_DENIED' and actor_id = ?"
                + " and subject_id = ?").params(actorId, programId).query(Long.class).single();
    }
}
