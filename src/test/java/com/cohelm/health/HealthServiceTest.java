package com.cohelm.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.health.HealthFacts.ProgramKey;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Health on the real database: the weekly snapshot is an upsert (safe to run twice), the start computes
 * this week, both sides read the same score, other tenants' ids are not found (and recorded), the
 * portfolio is for supplier staff.
 */
@CohelmSpringTest
class HealthServiceTest {

    @Autowired
    HealthService health;
    @Autowired
    HealthSnapshots snapshots;
    @Autowired
    WeeklyHealthJob job;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long rows(long programId) {
        return jdbc.sql("select count(*) from health_snapshot where program_id = ?").param(programId)
                .query(Long.class).single();
    }

    private long customerId(long programId) {
        return jdbc.sql("select customer_id from program where id = ?").param(programId).query(Long.class).single();
    }

    @Test
    void theStartComputedThisWeekForEveryDemoProgram() {
        var week = Weeks.startOf(TestClock.now());
        for (var name : List.of(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.VERDANT_PROGRAM, DemoLogins.CALLOWAY_PROGRAM)) {
            assertThat(jdbc.sql("select count(*) from health_snapshot where program_id = ? and week_start = ?")
                    .params(demo.id(name), week).query(Long.class).single()).as(name).isEqualTo(1);
        }
    }

    @Test
    void theWeeklySnapshotIsSafeToRunTwice() {
        var program = testPrograms.create("Snapshot twice");
        var key = new ProgramKey(program.id(), customerId(program.id()));
        var now = TestClock.now();
        snapshots.store(List.of(key), now);
        snapshots.store(List.of(key), now);
        job.run();
        job.run();
        assertThat(rows(program.id())).isEqualTo(1);
        // another week is another row; running it again changes nothing
        snapshots.store(List.of(key), now.minus(Duration.ofDays(7)));
        snapshots.store(List.of(key), now.minus(Duration.ofDays(7)));
        assertThat(rows(program.id())).isEqualTo(2);
    }

    @Test
    void bothSidesReadTheSameScoreAndBreakdown() {
        var program = demo.id(DemoLogins.BRIGHTLINE_PROGRAM);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var supplierView = health.program(program);
        signIn.as(DemoLogins.CUSTOMER_VIEWER);
        var customerView = health.program(program);
        assertThat(customerView.breakdown()).isEqualTo(supplierView.breakdown());
        assertThat(customerView.breakdown().score()).isPresent();
        assertThat(customerView.trend()).isNotEmpty();
        assertThat(customerView.customerScope()).isFalse();
        assertThat(supplierView.customerScope()).isTrue();
    }

    @Test
    void supplierInternalActivityDoesNotCountAsEngagement() {
        var program = testPrograms.create("Internal activity");
        var tomas = demo.personId("tomas@northwind.example");
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var before = health.program(program.id()).engagement();
        insertEvent(program.id(), tomas, "SUPPLIER", true);
        assertThat(health.program(program.id()).engagement()).isEqualTo(before);
        insertEvent(program.id(), tomas, "SUPPLIER", false);
        var after = health.program(program.id()).engagement().get(com.cohelm.security.Side.SUPPLIER);
        assertThat(after.active()).isEqualTo(before.get(com.cohelm.security.Side.SUPPLIER).active() + 1);
    }

    private void insertEvent(long programId, long actorId, String side, boolean internal) {
        jdbc.sql("insert into activity_event (occurred_at, actor_id, actor_label, actor_side, program_id, kind,"
                        + " supplier_internal) values (?, ?, 'x', ?, ?, 'GOAL_UPDATED', ?)")
                .params(Timestamp.from(TestClock.now()), actorId, side, programId, internal).update();
    }

    @Test
    void anotherTenantsProgramIsNotFoundAndTheAttemptIsRecordedWithoutItsName() {
        var program = demo.id(DemoLogins.VERDANT_PROGRAM);
        var bea = signIn.as(DemoLogins.CUSTOMER_ADMIN);
        assertThatThrownBy(() -> health.program(program)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> health.score(program)).isInstanceOf(ResourceNotFoundException.class);
        var recorded = jdbc.sql("select subject_type, subject_label, organization_id from activity_event"
                        + " where kind = 'ACCESS_DENIED' and actor_id = ? and subject_id = ? order by id desc limit 1")
                .params(bea.id(), program).query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)})
                .single();
        assertThat(recorded[0]).isEqualTo("program");
        assertThat(recorded[1]).isNull();
        assertThat(recorded[2]).isEqualTo(bea.organizationId());
    }

    @Test
    void aCustomersHealthAggregatesTheProgramsTheReaderSees() {
        var brightline = customerId(demo.id(DemoLogins.BRIGHTLINE_PROGRAM));
        signIn.as(DemoLogins.CUSTOMER_ADMIN);
        var customer = health.customer(brightline);
        assertThat(customer.programs()).extracting(CustomerHealth.ProgramScore::name)
                .containsExactly(DemoLogins.BRIGHTLINE_PROGRAM);
        assertThat(customer.score()).isEqualTo(customer.programs().getFirst().score());
        var verdant = customerId(demo.id(DemoLogins.VERDANT_PROGRAM));
        assertThatThrownBy(() -> health.customer(verdant)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void thePortfolioIsForSupplierStaffOnly() {
        signIn.as(DemoLogins.CUSTOMER_ADMIN);
        assertThatThrownBy(() -> health.portfolio(PortfolioFilter.ALL, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> health.portfolioCsv(PortfolioFilter.ALL, org.springframework.data.domain.Sort.unsorted()))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var sams = health.portfolio(new PortfolioFilter(null, null, null), PageRequest.of(0, 1000));
        assertThat(sams).extracting(PortfolioRow::programName).contains(DemoLogins.BRIGHTLINE_PROGRAM,
                DemoLogins.VERDANT_PROGRAM).doesNotContain(DemoLogins.CALLOWAY_PROGRAM);
        assertThat(health.countPortfolio(PortfolioFilter.ALL)).isEqualTo(sams.size());
    }

    @Test
    void thePortfolioSearchesFiltersSortsAndExports() {
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        var verdant = health.portfolio(new PortfolioFilter("verdant", null, null), PageRequest.of(0, 10));
        assertThat(verdant).extracting(PortfolioRow::programName).contains(DemoLogins.VERDANT_PROGRAM)
                .doesNotContain(DemoLogins.BRIGHTLINE_PROGRAM, DemoLogins.CALLOWAY_PROGRAM);
        assertThat(verdant.stream().filter(r -> r.programName().equals(DemoLogins.VERDANT_PROGRAM)).findFirst()
                .orElseThrow().slipping()).isPositive();
        var byName = health.portfolio(new PortfolioFilter("%", null, null), PageRequest.of(0, 10));
        assertThat(byName).isEmpty();
        var sorted = health.portfolio(PortfolioFilter.ALL, PageRequest.of(0, 500,
                org.springframework.data.domain.Sort.by("health")));
        var scores = sorted.stream().map(PortfolioRow::score).filter(java.util.Objects::nonNull).toList();
        assertThat(scores).isSorted();
        var band = health.portfolio(new PortfolioFilter(null, null, HealthBand.HEALTHY), PageRequest.of(0, 500));
        assertThat(band).allSatisfy(r -> assertThat(r.score()).isGreaterThanOrEqualTo(HealthBand.HEALTHY_FROM));
        var customers = health.portfolioCustomers(new PortfolioFilter("calloway", null, null), PageRequest.of(0, 10));
        assertThat(customers).extracting(PortfolioCustomer::customerName).containsExactly("Calloway Motor Works");
        var csv = health.portfolioCsv(new PortfolioFilter("verdant", null, null), org.springframework.data.domain.Sort.unsorted());
        assertThat(csv.lines().toList()).hasSize(verdant.size() + 1);
        assertThat(csv).startsWith("customer,program,status,health").contains("Verdant Clean Energy");
        assertThatThrownBy(() -> health.portfolio(PortfolioFilter.ALL, PageRequest.of(0, 5,
                org.springframework.data.domain.Sort.by("p.id; drop table program"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
