package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.KaribuViewTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The programs page and the program overview issue the same number of SQL statements whether the
 * person sees 3 programs or 300, and whatever the number of members: no N+1 anywhere.
 */
class BoundedSqlTest extends KaribuViewTest {

    /** Programs page: the page's rows, their count, the leads, the customers. */
    static final long PROGRAMS_PAGE_STATEMENTS = 4;
    /**
     * Overview: the program and the membership check, the members, the people with their
     * organizations (the customer comes from the same query), the latest changes and their actors;
     * then the responsiveness figures: the action plan's own access check (program, membership) and
     * the timestamps they are computed from.
     */
    static final long OVERVIEW_STATEMENTS = 9;

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;

    record Fixture(String email, long firstProgramId) {
    }

    @Test
    void theProgramsPageAndTheOverviewDoNotGrowWithTheData() {
        var small = fixture(3);
        var large = fixture(300);

        var smallList = statementsFor(small.email(), "programs", true);
        var largeList = statementsFor(large.email(), "programs", true);
        var smallOverview = statementsFor(small.email(), "programs/" + small.firstProgramId(), false);
        var largeOverview = statementsFor(large.email(), "programs/" + large.firstProgramId(), false);

        assertThat(largeList).isEqualTo(smallList).isEqualTo(PROGRAMS_PAGE_STATEMENTS);
        assertThat(largeOverview).isEqualTo(smallOverview).isEqualTo(OVERVIEW_STATEMENTS);
    }

    /** Goals page: the program, membership, members, people, the goals and all their measurements. */
    static final long GOALS_PAGE_STATEMENTS = 6;

    @Test
    void theGoalsPageDoesNotGrowWithGoalsOrMeasurements() {
        var small = fixture(3);
        var large = fixture(3);
        addGoals(small.firstProgramId(), 2, 50);
        addGoals(large.firstProgramId(), 200, 50);

        var smallPage = statementsFor(small.email(), "programs/" + small.firstProgramId() + "/goals", false);
        var largePage = statementsFor(large.email(), "programs/" + large.firstProgramId() + "/goals", false);

        assertThat(largePage).isEqualTo(smallPage).isEqualTo(GOALS_PAGE_STATEMENTS);
    }

    /**
     * Action plan page: the program with the reader's access, its members and their people (as the
     * program page reads them), who is waiting on whom; then the grid's page and its count, each with its
     * access check, and the page's people.
     */
    static final long ACTIONS_PAGE_STATEMENTS = 12;
    /**
     * Home page: the programs and their count with leads and customers; the programs the user sees, the
     * first actions and questions and their totals, their people, and the open items per side.
     */
    static final long HOME_PAGE_STATEMENTS = 11;

    @Test
    void theActionsPageAndTheHomePageDoNotGrowWithTheItems() {
        var small = fixture(3);
        var large = fixture(3);
        addActions(small, 10);
        addActions(large, 1000);

        var actionsPath = "programs/%d/actions";
        var smallPage = statementsFor(small.email(), actionsPath.formatted(small.firstProgramId()), true);
        var largePage = statementsFor(large.email(), actionsPath.formatted(large.firstProgramId()), true);
        var smallHome = statementsFor(small.email(), "", false);
        var largeHome = statementsFor(large.email(), "", false);

        assertThat(largePage).isEqualTo(smallPage).isEqualTo(ACTIONS_PAGE_STATEMENTS);
        assertThat(largeHome).isEqualTo(smallHome).isEqualTo(HOME_PAGE_STATEMENTS);
    }

    /**
     * n items in the fixture's first program, half of them questions the customer asked the supplier lead
     * (who signs in), the other half actions for either side; some overdue, some done, some answered.
     */
    private void addActions(Fixture fixture, int n) {
        var leads = jdbc.sql("select supplier_lead_id, customer_lead_id from program where id = ?")
                .param(fixture.firstProgramId()).query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        var now = Instant.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var question = i % 2 == 1;
            var customer = !question && i % 4 == 0;
            var done = i % 5 == 4;
            var created = Timestamp.from(now.minusSeconds(86_400L * (i % 30 + 1)));
            var answered = done ? Timestamp.from(now.minusSeconds(3_600L * (i % 7 + 1))) : null;
            rows.add(new Object[] {fixture.firstProgramId(), "Item " + i, customer ? leads[1] : leads[0],
                    customer ? "CUSTOMER" : "SUPPLIER", LocalDate.now().plusDays(i % 9 - 4), done ? "DONE" : "OPEN",
                    question, customer ? leads[0] : leads[1], question && done ? "Answer " + i : null,
                    question && done ? leads[0] : null, question ? answered : null, answered, created, created});
        }
        jdbcTemplate.batchUpdate("insert into action_item (program_id, title, assignee_id, assignee_side, due_date,"
                + " status, origin_type, question, created_by, answer, answered_by, answered_at, closed_at, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** n goals owned by the program's leads, each with m weekly measurements. */
    private void addGoals(long programId, int n, int m) {
        var leads = jdbc.sql("select supplier_lead_id, customer_lead_id, target_end_date from program where id = ?")
                .param(programId).query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDate(3)})
                .single();
        var now = Timestamp.from(Instant.now());
        List<Object[]> goals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            goals.add(new Object[] {programId, "Goal " + i, "Why", "Yield", "%", 90, 99, leads[2], leads[0], leads[1],
                    now, now});
        }
        jdbcTemplate.batchUpdate("insert into goal (program_id, title, why_it_matters, metric, unit, baseline, target,"
                + " direction, target_date, supplier_owner_id, customer_owner_id, status, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, 'UP', ?, ?, ?, 'ON_TRACK', ?, ?)", goals);
        var goalIds = jdbc.sql("select id from goal where program_id = ?").param(programId).query(Long.class).list();
        List<Object[]> measurements = new ArrayList<>();
        for (var goalId : goalIds) {
            for (int week = 0; week < m; week++) {
                measurements.add(new Object[] {goalId, LocalDate.of(2026, 1, 1).plusWeeks(week), 90 + week * 0.1,
                        leads[1], now});
            }
        }
        jdbcTemplate.batchUpdate("insert into goal_measurement (goal_id, measured_on, value, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?)", measurements);
    }

    private long statementsFor(String email, String location, boolean grid) {
        MockVaadin.tearDown();
        signIn.out();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("com.cohelm"), context, UI::new));
        login(email);
        var statistics = statistics();
        statistics.clear();
        navigate(location);
        // The response to the browser: the grid fetches its first page of rows here.
        MockVaadin.clientRoundtrip(false);
        var statements = statistics.getPrepareStatementCount();
        if (grid) {
            assertThat(GridKt._size(LocatorJ._get(Grid.class))).isPositive();
        }
        return statements;
    }

    private Statistics statistics() {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** A customer with n programs, all led by a new supplier member, the first one with n members. */
    private Fixture fixture(int n) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(Instant.now());
        var supplierId = jdbc.sql("select id from organization where kind = 'SUPPLIER'").query(Long.class).single();
        jdbc.sql("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)")
                .params("Bounded " + n + " " + tag, now).update();
        var customerId = jdbc.sql("select id from organization where name = ?").param("Bounded " + n + " " + tag)
                .query(Long.class).single();
        var email = "bounded-" + n + "-" + tag + "@northwind.example";
        var hash = jdbc.sql("select password_hash from user_account where email = 'sam@northwind.example'")
                .query(String.class).single();
        insertPerson(supplierId, email, "Bounded Lead " + tag, hash, now);
        var supplierLead = personId(email);
        var customerEmails = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            customerEmails.add("person-" + i + "-" + tag + "@customer.example");
        }
        jdbcTemplate.batchUpdate("insert into user_account (organization_id, email, display_name, role, password_hash,"
                        + " created_at) values (?, ?, ?, 'MEMBER', ?, ?)",
                customerEmails.stream().map(e -> new Object[] {customerId, e, "Person " + e, hash, now}).toList());
        var customerLead = personId(customerEmails.getFirst());
        List<Object[]> programs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            programs.add(new Object[] {customerId, "Bounded program " + i + " " + tag, "Why", LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), supplierLead, customerLead, now, now});
        }
        jdbcTemplate.batchUpdate("insert into program (customer_id, name, success_definition, start_date,"
                + " target_end_date, status, supplier_lead_id, customer_lead_id, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)", programs);
        var programIds = jdbc.sql("select id from program where customer_id = ? order by id").param(customerId)
                .query(Long.class).list();
        jdbcTemplate.batchUpdate("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)",
                programIds.stream().map(id -> new Object[] {id, supplierLead, now}).toList());
        var customerIds = jdbc.sql("select id from user_account where organization_id = ?").param(customerId)
                .query(Long.class).list();
        jdbcTemplate.batchUpdate("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)",
                customerIds.stream().map(id -> new Object[] {programIds.getFirst(), id, now}).toList());
        // n changes in the first program by n different people: the overview shows the latest few.
        jdbcTemplate.batchUpdate("insert into activity_event (occurred_at, actor_id, program_id, kind, subject_label)"
                        + " values (?, ?, ?, 'PROGRAM_UPDATED', ?)",
                customerIds.stream().map(id -> new Object[] {now, id, programIds.getFirst(), "Bounded"}).toList());
        return new Fixture(email, programIds.getFirst());
    }

    private void insertPerson(long organizationId, String email, String name, String hash, Timestamp now) {
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                + " values (?, ?, ?, 'MEMBER', ?, ?)").params(organizationId, email, name, hash, now).update();
    }

    private long personId(String email) {
        return jdbc.sql("select id from user_account where email = ?").param(email).query(Long.class).single();
    }
}
