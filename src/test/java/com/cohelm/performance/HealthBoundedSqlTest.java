package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portfolio costs the same statements for 3 customers as for 300 (3 programs each, with health this
 * week and last, milestones and overdue items), and a page of a program's activity feed the same for 100
 * events as for 100,000.
 */
class HealthBoundedSqlTest extends KaribuViewTest {

    /**
     * Portfolio: for the rows and for their count, the programs the reader may see, then one statement
     * (the page with health, last week's health, slipping and overdue counted by the database; the count),
     * then for the page's programs their last review dates and their latest revealed pulses (one each; the
     * pulses' answers are one more when any of them has a revealed pulse); and the header bell's unread count.
     */
    static final long PORTFOLIO_STATEMENTS = 7;
    /**
     * Feed: the program page's look-up (program, membership, members, people, customer: 5), then for the
     * rows and their count the access check (program, membership) and one statement each, and the actors'
     * names (1); and the header bell's unread count (1).
     */
    static final long FEED_STATEMENTS = 13;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void thePortfolioDoesNotGrowWithCustomersOrPrograms() {
        var small = portfolioOf(3);
        var large = portfolioOf(300);
        var smallStatements = statementsFor(small, "portfolio", "portfolio-programs", 9);
        var largeStatements = statementsFor(large, "portfolio", "portfolio-programs", 900);
        assertThat(largeStatements).isEqualTo(smallStatements).isEqualTo(PORTFOLIO_STATEMENTS);
    }

    @Test
    void aPageOfTheActivityFeedDoesNotGrowWithTheEvents() {
        var small = feedOf(100);
        var large = feedOf(100_000);
        var smallStatements = statementsFor(small.email(), "programs/" + small.programId() + "/activity",
                "activity-grid", 100);
        var largeStatements = statementsFor(large.email(), "programs/" + large.programId() + "/activity",
                "activity-grid", 100_000);
        assertThat(largeStatements).isEqualTo(smallStatements).isEqualTo(FEED_STATEMENTS);
    }

    private long statementsFor(String email, String location, String gridClass, int expectedRows) {
        var statements = statementsToOpen(email, location);
        var grid = LocatorJ._get(Grid.class, spec -> spec.withClasses(gridClass));
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(expectedRows);
        return statements;
    }

    /** A supplier member on n customers' programs (3 each), each with health, slips and overdue items. */
    private String portfolioOf(int customers) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(TestClock.now());
        var supplierId = jdbc.sql("select id from organization where kind = 'SUPPLIER'").query(Long.class).single();
        var hash = hash();
        var email = "portfolio-" + customers + "-" + tag + "@northwind.example";
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                + " values (?, ?, ?, 'MEMBER', ?, ?)").params(supplierId, email, "Portfolio " + tag, hash, now).update();
        var me = personId(email);
        var names = new ArrayList<Object[]>();
        for (int i = 0; i < customers; i++) {
            names.add(new Object[] {"Portfolio customer " + i + " " + tag, now});
        }
        jdbcTemplate.batchUpdate("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)", names);
        var customerIds = jdbc.sql("select id from organization where name like ? order by id")
                .param("Portfolio customer % " + tag).query(Long.class).list();
        var programs = new ArrayList<Object[]>();
        for (var customerId : customerIds) {
            for (int p = 0; p < 3; p++) {
                programs.add(new Object[] {customerId, "Portfolio program " + p + " " + customerId + " " + tag, "Why",
                        TestClock.today().minusMonths(1), TestClock.today().plusMonths(6), me, me, now, now});
            }
        }
        jdbcTemplate.batchUpdate("insert into program (customer_id, name, success_definition, start_date,"
                + " target_end_date, status, supplier_lead_id, customer_lead_id, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)", programs);
        var programIds = jdbc.sql("select id from program where name like ? order by id").param("Portfolio program % " + tag)
                .query(Long.class).list();
        var ids = new ArrayList<Object[]>();
        programIds.forEach(id -> ids.add(new Object[] {id, me, now}));
        jdbcTemplate.batchUpdate("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)", ids);
        var week = TestClock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var snapshots = new ArrayList<Object[]>();
        var milestones = new ArrayList<Object[]>();
        var actions = new ArrayList<Object[]>();
        for (int i = 0; i < programIds.size(); i++) {
            var id = programIds.get(i);
            var customerId = customerIds.get(i / 3);
            snapshots.add(new Object[] {id, customerId, week, 40 + i % 50, now});
            snapshots.add(new Object[] {id, customerId, week.minusWeeks(1), 45 + i % 40, now});
            milestones.add(new Object[] {id, "Slipping " + i, TestClock.today().minusDays(3), TestClock.today().plusDays(9), me, now, now});
            actions.add(new Object[] {id, me, TestClock.today().minusDays(2), me, now, now});
        }
        jdbcTemplate.batchUpdate("insert into health_snapshot (program_id, customer_id, week_start, score, computed_at)"
                + " values (?, ?, ?, ?, ?)", snapshots);
        jdbcTemplate.batchUpdate("insert into milestone (program_id, title, owner_side, baseline_date, planned_date,"
                + " owner_id, created_at, updated_at) values (?, ?, 'SUPPLIER', ?, ?, ?, ?, ?)", milestones);
        jdbcTemplate.batchUpdate("insert into action_item (program_id, title, assignee_id, assignee_side, due_date,"
                + " status, origin_type, created_by, created_at, updated_at) values (?, 'Overdue', ?, 'SUPPLIER', ?,"
                + " 'OPEN', 'MANUAL', ?, ?, ?)", actions);
        return email;
    }

    record Feed(String email, long programId) {
    }

    /** A program whose feed holds n events, inserted in batches of 1,000 rows. */
    private Feed feedOf(int events) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var now = TestClock.now();
        var supplierId = jdbc.sql("select id from organization where kind = 'SUPPLIER'").query(Long.class).single();
        var email = "feed-" + events + "-" + tag + "@northwind.example";
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                + " values (?, ?, ?, 'MEMBER', ?, ?)").params(supplierId, email, "Feed " + tag, hash(),
                Timestamp.from(now)).update();
        var me = personId(email);
        jdbc.sql("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)")
                .params("Feed customer " + tag, Timestamp.from(now)).update();
        var customerId = jdbc.sql("select id from organization where name = ?").param("Feed customer " + tag)
                .query(Long.class).single();
        jdbc.sql("insert into program (customer_id, name, success_definition, start_date, target_end_date, status,"
                        + " supplier_lead_id, customer_lead_id, created_at, updated_at)"
                        + " values (?, ?, 'Why', ?, ?, 'ACTIVE', ?, ?, ?, ?)")
                .params(customerId, "Feed program " + tag, TestClock.today(), TestClock.today().plusMonths(3), me, me,
                        Timestamp.from(now), Timestamp.from(now)).update();
        var programId = jdbc.sql("select id from program where name = ?").param("Feed program " + tag)
                .query(Long.class).single();
        jdbc.sql("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)")
                .params(programId, me, Timestamp.from(now)).update();
        for (int from = 0; from < events; from += 1000) {
            var rows = Math.min(1000, events - from);
            var sql = new StringBuilder("insert into activity_event (occurred_at, actor_id, actor_label, actor_side,"
                    + " program_id, kind, subject_label, supplier_internal) values ");
            var params = new ArrayList<Object>();
            for (int i = 0; i < rows; i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?)");
                int n = from + i;
                params.addAll(List.of(Timestamp.from(now.minusSeconds(n)), me, email, n % 2 == 0 ? "SUPPLIER" : "CUSTOMER",
                        programId, n % 3 == 0 ? "GOAL_UPDATED" : "ACTION_CREATED", "Event " + n, n % 7 == 0));
            }
            jdbcTemplate.update(sql.toString(), params.toArray());
        }
        return new Feed(email, programId);
    }

    private String hash() {
        return jdbc.sql("select password_hash from user_account where email = 'sam@northwind.example'")
                .query(String.class).single();
    }

    private long personId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }
}
