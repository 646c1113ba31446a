package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.data.domain.PageRequest;
import com.cohelm.schedule.MilestoneFilter;
import com.cohelm.schedule.ScheduleQueries;

/**
 * The programs page and the program overview issue the same number of SQL statements whether the
 * person sees 3 programs or 300, and whatever the number of members; the goals page whatever the goals
 * and measurements; the schedule whatever the milestones, dependencies, slips, threads and history: no
 * N+1 anywhere.
 */
class BoundedSqlTest extends KaribuViewTest {

    /** What the frame adds to every page: the header bell's unread count (one statement). */
    static final long HEADER_STATEMENTS = 1;

    /** Programs page: the page's rows, their count, the leads, the customers; and the header's bell. */
    static final long PROGRAMS_PAGE_STATEMENTS = 5;
    /**
     * Overview: the program and the membership check, the members, the people with their
     * organizations (the customer comes from the same query), the latest changes and their actors (6);
     * then the schedule card: counts per status, the next milestone, contested slips and whether a proposal
     * is pending (4); the responsiveness figures: the timestamps they are computed from (1); the feedback
     * card: the open items and the latest revealed pulse (2); the next review with its number of attendees
     * (1); the health card: the goals, milestones, action timestamps and members' engagement it is computed
     * from (4) and the latest revealed pulse (1 here; one more for its answers when the program has one).
     * Each card's service checks access to the program, but the page opens a ProgramReadScope, so the
     * access and the program's details are read once (31 statements before; see BENCHMARKS.md). And the
     * header's bell.
     */
    static final long OVERVIEW_STATEMENTS = 19 + HEADER_STATEMENTS;

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
    static final long GOALS_PAGE_STATEMENTS = 7;

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
    static final long ACTIONS_PAGE_STATEMENTS = 13;
    /**
     * Home page: the programs and their count with leads and customers; the programs the user sees (read once
     * for every section, in a ProgramReadScope), the first actions and questions and their totals, their
     * people, and the open items per side; the milestones due soon and each program's next milestone (14);
     * then "waiting on you" and "on the other side" (decision 0026), the digest's query: my actions and
     * questions again with their totals and people, pending re-baselines and open slips, what the other side
     * owes me and its people (10; minutes to sign off cost one more for a lead).
     */
    static final long HOME_PAGE_STATEMENTS = 24;

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
        var now = TestClock.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var question = i % 2 == 1;
            var customer = !question && i % 4 == 0;
            var done = i % 5 == 4;
            var created = Timestamp.from(now.minusSeconds(86_400L * (i % 30 + 1)));
            var answered = done ? Timestamp.from(now.minusSeconds(3_600L * (i % 7 + 1))) : null;
            rows.add(new Object[] {fixture.firstProgramId(), "Item " + i, customer ? leads[1] : leads[0],
                    customer ? "CUSTOMER" : "SUPPLIER", TestClock.today().plusDays(i % 9 - 4), done ? "DONE" : "OPEN",
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
        var now = Timestamp.from(TestClock.now());
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

    /**
     * Overview + first page of 50 rows + their count + timeline compared with B0, each call checking the program;
     * the rows and their count need the access only, not the program's members (31 before issue 19).
     */
    static final long SCHEDULE_CALLS_STATEMENTS = 28;
    /**
     * The schedule page as loaded: the list with its first page of rows (the rows and their count check the
     * access only; 23 before issue 19).
     */
    static final long SCHEDULE_PAGE_STATEMENTS = 20;
    /** The schedule page on the timeline, compared with B0. */
    static final long TIMELINE_PAGE_STATEMENTS = 21;
    /** One milestone with its dependencies, goals, slips and their threads, date history and people. */
    static final long MILESTONE_STATEMENTS = 14;
    /**
     * The milestone page: the milestone as above, then its (empty) comment thread, whose subject needs the
     * program's access only, as a goal's does (23 before issue 19).
     */
    static final long MILESTONE_PAGE_STATEMENTS = MILESTONE_STATEMENTS
            + ConversationBoundedSqlTest.EMPTY_THREAD_STATEMENTS;

    /** A program with n milestones, each chained to the one before, half of them slipped with a thread. */
    record Schedule(long programId, List<Long> milestoneIds) {
    }

    @Autowired
    ScheduleQueries scheduleQueries;

    @Test
    void theSchedulePageDoesNotGrowWithMilestonesSlipsOrHistory() {
        var small = fixture(3);
        var large = fixture(3);
        var smallSchedule = addSchedule(small.firstProgramId(), 5, 2);
        var largeSchedule = addSchedule(large.firstProgramId(), 500, 3);

        var smallCalls = scheduleStatements(small.email(), smallSchedule.programId());
        var largeCalls = scheduleStatements(large.email(), largeSchedule.programId());
        assertThat(largeCalls).isEqualTo(smallCalls).isEqualTo(SCHEDULE_CALLS_STATEMENTS);

        var base = "programs/%d/schedule";
        assertThat(statementsFor(large.email(), base.formatted(large.firstProgramId()), true))
                .isEqualTo(statementsFor(small.email(), base.formatted(small.firstProgramId()), true))
                .isEqualTo(SCHEDULE_PAGE_STATEMENTS);
        assertThat(statementsFor(large.email(), base.formatted(large.firstProgramId()) + "?view=timeline&compare=0",
                false)).isEqualTo(statementsFor(small.email(), base.formatted(small.firstProgramId())
                        + "?view=timeline&compare=0", false)).isEqualTo(TIMELINE_PAGE_STATEMENTS);
    }

    @Test
    void aMilestonesPageDoesNotGrowWithItsHistoryThreadOrDependencies() {
        var small = fixture(3);
        var large = fixture(3);
        var smallSchedule = addSchedule(small.firstProgramId(), 5, 2);
        var largeSchedule = addSchedule(large.firstProgramId(), 120, 50);
        // the middle milestone: waited on by the later ones, waiting on the earlier ones
        var smallId = smallSchedule.milestoneIds().get(2);
        var largeId = largeSchedule.milestoneIds().get(60);
        addHistory(smallId, 2, 2, small.firstProgramId());
        addHistory(largeId, 50, 50, large.firstProgramId());

        var smallDetails = detailsStatements(small.email(), small.firstProgramId(), smallId);
        var largeDetails = detailsStatements(large.email(), large.firstProgramId(), largeId);
        assertThat(largeDetails).isEqualTo(smallDetails).isEqualTo(MILESTONE_STATEMENTS);

        var page = "programs/%d/schedule/%d";
        assertThat(statementsFor(large.email(), page.formatted(large.firstProgramId(), largeId), false))
                .isEqualTo(statementsFor(small.email(), page.formatted(small.firstProgramId(), smallId), false))
                .isEqualTo(MILESTONE_PAGE_STATEMENTS + HEADER_STATEMENTS);
    }

    /** overview, the first page of 50 rows with its count, and the timeline compared with B0. */
    private long scheduleStatements(String email, long programId) {
        freshSession(email);
        var statistics = sqlStatistics();
        statistics.clear();
        var overview = scheduleQueries.overview(programId);
        var rows = scheduleQueries.milestones(programId, MilestoneFilter.all(), PageRequest.of(0, 50));
        scheduleQueries.count(programId, MilestoneFilter.all());
        var timeline = scheduleQueries.timeline(programId, 0);
        var statements = statistics.getPrepareStatementCount();
        assertThat(overview.total()).isEqualTo(timeline.rows().size());
        assertThat(rows).hasSize((int) Math.min(50, overview.total()));
        assertThat(overview.contestedSlips()).isNotEmpty();
        assertThat(overview.pendingProposal()).isPresent();
        assertThat(timeline.comparedBaseline()).isZero();
        return statements;
    }

    private long detailsStatements(String email, long programId, long milestoneId) {
        freshSession(email);
        var statistics = sqlStatistics();
        statistics.clear();
        var details = scheduleQueries.milestone(programId, milestoneId).orElseThrow();
        var statements = statistics.getPrepareStatementCount();
        assertThat(details.history()).isNotEmpty();
        assertThat(details.slips()).isNotEmpty();
        assertThat(details.dependsOn()).isNotEmpty();
        assertThat(details.affected()).isNotEmpty();
        return statements;
    }

    /**
     * n milestones owned by the program's people in turn, each waiting on the one before; every other one
     * slipped (open, contested, acknowledged or settled) with a thread of m entries and its date change;
     * baselines B0 and B1, decided proposals and one pending proposal for every milestone.
     */
    private Schedule addSchedule(long programId, int n, int m) {
        var people = jdbc.sql("select user_id from program_member where program_id = ? order by user_id")
                .param(programId).query(Long.class).list();
        var lead = jdbc.sql("select supplier_lead_id from program where id = ?").param(programId).query(Long.class)
                .single();
        var now = Timestamp.from(TestClock.now());
        var today = TestClock.today();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var baseline = today.plusDays(i - n / 3);
            var planned = i % 2 == 0 ? baseline.plusDays(7) : baseline;
            var done = i % 5 == 4 ? baseline : null;
            rows.add(new Object[] {programId, "Milestone " + i, "Described", i % 3 == 0 ? "SUPPLIER" : "JOINT",
                    i % 3 == 0 ? lead : people.get(i % people.size()), baseline, planned, done, now, now});
        }
        jdbcTemplate.batchUpdate("insert into milestone (program_id, title, description, owner_side, owner_id,"
                + " baseline_date, planned_date, done_date, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
        var ids = jdbc.sql("select id from milestone where program_id = ? order by id").param(programId)
                .query(Long.class).list();
        List<Object[]> dependencies = new ArrayList<>();
        for (int i = 1; i < ids.size(); i++) {
            dependencies.add(new Object[] {ids.get(i), ids.get(i - 1)});
            if (i > 2) {
                dependencies.add(new Object[] {ids.get(i), ids.get(i - 3)});
            }
        }
        jdbcTemplate.batchUpdate("insert into milestone_dependency (milestone_id, depends_on_id) values (?, ?)",
                dependencies);
        var states = List.of("OPEN", "CONTESTED", "ACKNOWLEDGED", "RESOLVED");
        List<Object[]> slips = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 2) {
            var baseline = today.plusDays(i - n / 3);
            slips.add(new Object[] {ids.get(i), baseline, baseline.plusDays(7), "SUPPLIER", "Late parts", "Overtime",
                    lead, "SUPPLIER", now, states.get((i / 2) % 4)});
        }
        jdbcTemplate.batchUpdate("insert into milestone_slip (milestone_id, from_date, to_date, cause, explanation,"
                + " recovery_plan, reported_by, reported_side, reported_at, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                slips);
        var slipIds = jdbc.sql("select s.id, s.milestone_id, s.from_date, s.to_date from milestone_slip s"
                        + " join milestone m on m.id = s.milestone_id where m.program_id = ?").param(programId)
                .query((rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDate(3), rs.getDate(4)}).list();
        List<Object[]> entries = new ArrayList<>();
        for (var slip : slipIds) {
            for (int e = 0; e < m; e++) {
                var author = people.get(e % people.size());
                entries.add(new Object[] {slip[0], e == 0 ? "CONTESTED" : "REPLY", "Entry " + e, author,
                        author.equals(lead) ? "SUPPLIER" : "CUSTOMER", now});
            }
            changes.add(new Object[] {slip[1], "PLANNED", slip[2], slip[3], "SUPPLIER", "Late parts", slip[0], lead,
                    now});
        }
        for (var id : ids) {
            changes.add(new Object[] {id, "CREATED", null, today, null, null, null, lead, now});
        }
        jdbcTemplate.batchUpdate("insert into milestone_slip_entry (slip_id, kind, body, author_id, author_side,"
                + " created_at) values (?, ?, ?, ?, ?, ?)", entries);
        jdbcTemplate.batchUpdate("insert into milestone_date_change (milestone_id, field, from_date, to_date, cause,"
                + " explanation, slip_id, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", changes);
        // decided proposals by each person in turn, then one pending proposal naming every milestone
        var customerLead = jdbc.sql("select customer_lead_id from program where id = ?").param(programId)
                .query(Long.class).single();
        List<Object[]> decided = new ArrayList<>();
        for (int i = 0; i < Math.min(n, 30); i++) {
            decided.add(new Object[] {programId, "Decided " + i, people.get(i % people.size()), now,
                    i % 2 == 0 ? "ACCEPTED" : "DECLINED", customerLead, now});
        }
        jdbcTemplate.batchUpdate("insert into rebaseline_proposal (program_id, reason, proposed_by, proposer_side,"
                + " proposed_at, state, decided_by, decided_at) values (?, ?, ?, 'SUPPLIER', ?, ?, ?, ?)", decided);
        jdbc.sql("insert into rebaseline_proposal (program_id, reason, proposed_by, proposer_side, proposed_at, state)"
                + " values (?, 'Pending', ?, 'SUPPLIER', ?, 'PENDING')").params(programId, lead, now).update();
        var proposalIds = jdbc.sql("select id from rebaseline_proposal where program_id = ? order by id")
                .param(programId).query(Long.class).list();
        List<Object[]> items = new ArrayList<>();
        for (var proposalId : proposalIds) {
            for (int i = 0; i < ids.size(); i += proposalId.equals(proposalIds.getLast()) ? 1 : 7) {
                items.add(new Object[] {proposalId, ids.get(i), today, today.plusDays(30 + i)});
            }
        }
        jdbcTemplate.batchUpdate("insert into rebaseline_item (proposal_id, milestone_id, current_baseline,"
                + " proposed_baseline) values (?, ?, ?, ?)", items);
        for (int number = 0; number < 2; number++) {
            jdbc.sql("insert into schedule_baseline (program_id, number, created_at) values (?, ?, ?)")
                    .params(programId, number, now).update();
            var baselineId = jdbc.sql("select id from schedule_baseline where program_id = ? and number = ?")
                    .params(programId, number).query(Long.class).single();
            var shift = number;
            jdbcTemplate.batchUpdate("insert into baseline_entry (baseline_id, milestone_id, baseline_date)"
                    + " values (?, ?, ?)", ids.stream().map(id -> new Object[] {baselineId, id,
                            today.plusDays(shift * 10)}).toList());
        }
        return new Schedule(programId, ids);
    }

    /** k more date changes and one more slip with t thread entries, by people who are not members any more. */
    private void addHistory(long milestoneId, int k, int t, long programId) {
        var lead = jdbc.sql("select supplier_lead_id from program where id = ?").param(programId).query(Long.class)
                .single();
        var outsiders = jdbc.sql("select id from user_account where organization_id ="
                        + " (select organization_id from user_account where id = ?) order by id").param(lead)
                .query(Long.class).list();
        var now = Timestamp.from(TestClock.now());
        var day = TestClock.today().plusDays(400);
        List<Object[]> changes = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            changes.add(new Object[] {milestoneId, "PLANNED", day.plusDays(i), day.plusDays(i + 1),
                    outsiders.get(i % outsiders.size()), now});
        }
        jdbcTemplate.batchUpdate("insert into milestone_date_change (milestone_id, field, from_date, to_date,"
                + " changed_by, changed_at) values (?, ?, ?, ?, ?, ?)", changes);
        jdbc.sql("insert into milestone_slip (milestone_id, from_date, to_date, cause, explanation, recovery_plan,"
                + " reported_by, reported_side, reported_at, state) values (?, ?, ?, 'EXTERNAL', 'Storm', 'Later',"
                + " ?, 'SUPPLIER', ?, 'CONTESTED')").params(milestoneId, day, day.plusDays(k + 1), lead, now).update();
        var slipId = jdbc.sql("select max(id) from milestone_slip where milestone_id = ?").param(milestoneId)
                .query(Long.class).single();
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            entries.add(new Object[] {slipId, "Entry " + i, outsiders.get(i % outsiders.size()), now});
        }
        jdbcTemplate.batchUpdate("insert into milestone_slip_entry (slip_id, kind, body, author_id, author_side,"
                + " created_at) values (?, 'REPLY', ?, ?, 'SUPPLIER', ?)", entries);
    }

    private long statementsFor(String email, String location, boolean grid) {
        var statements = statementsToOpen(email, location);
        if (grid) {
            assertThat(GridKt._size(LocatorJ._get(Grid.class))).isPositive();
        }
        return statements;
    }

    /** A customer with n programs, all led by a new supplier member, the first one with n members. */
    private Fixture fixture(int n) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(TestClock.now());
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
