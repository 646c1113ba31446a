package com.cohelm.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.popover.Popover;
import java.sql.Timestamp;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The notifications page, the bell and its popover cost the same statements for 5 notifications as for
 * 500: a page of rows and its count, the programs the reader sees, the bell's one count.
 */
class NotificationBoundedSqlTest extends KaribuViewTest {

    /**
     * Page: the bell's count (1); the grid's rows and their count, each after the programs the reader sees
     * (4). The view itself reads nothing else.
     */
    static final long PAGE_STATEMENTS = 5;
    /** The popover: the programs the reader sees and the latest notifications. */
    static final long POPOVER_STATEMENTS = 2;

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;

    @Test
    void theNotificationsPageAndTheBellDoNotGrowWithTheNotifications() {
        var small = fixture(5);
        var large = fixture(500);

        var smallPage = statementsFor(small, "notifications", true);
        var largePage = statementsFor(large, "notifications", true);
        assertThat(largePage).isEqualTo(smallPage).isEqualTo(PAGE_STATEMENTS);

        var smallPopover = popoverStatements(small);
        var largePopover = popoverStatements(large);
        assertThat(largePopover).isEqualTo(smallPopover).isEqualTo(POPOVER_STATEMENTS);
    }

    private long statementsFor(String email, String location, boolean grid) {
        var statements = statementsToOpen(email, location);
        if (grid) {
            assertThat(GridKt._size(LocatorJ._get(Grid.class))).isPositive();
        }
        return statements;
    }

    private long popoverStatements(String email) {
        statementsFor(email, "", false);
        var statistics = sqlStatistics();
        statistics.clear();
        LocatorJ._get(Popover.class).open();
        return statistics.getPrepareStatementCount();
    }

    /**
     * The home page's "waiting on you" lists (decision 0026) cost the same statements whether 2 or 25 programs
     * each have a re-baseline to decide, a slip to answer, minutes to sign off, overdue items and questions.
     */
    @Test
    void theHomePagesWaitingListsDoNotGrowWithWhatWaits() {
        var few = waitingFixture(2);
        var many = waitingFixture(25);

        var fewStatements = statementsFor(few, "", false);
        var home = LocatorJ._get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("home-waiting"))
                .getElement().getTextRecursively();
        assertThat(home).contains("Re-baseline to decide", "Slip to acknowledge or contest", "Minutes to sign off",
                "Question to answer", "Overdue action");
        var manyStatements = statementsFor(many, "", false);

        assertThat(manyStatements).isEqualTo(fewStatements);
    }

    /**
     * A new supplier person who leads n programs of a new customer; in each, the customer's lead proposed a
     * re-baseline, reported a slip, asked a question and gave an overdue item, and a review began unsigned.
     */
    private String waitingFixture(int n) {
        var tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        var now = Timestamp.from(TestClock.now());
        var today = TestClock.today();
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(jdbcTemplate);
        var supplierId = jdbc.sql("select id from organization where kind = 'SUPPLIER'").query(Long.class).single();
        jdbc.sql("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)")
                .params("Waiting " + tag, now).update();
        var customerId = jdbc.sql("select id from organization where name = ?").param("Waiting " + tag)
                .query(Long.class).single();
        var email = "waiting-" + tag + "@northwind.example";
        var customerEmail = "waiting-" + tag + "@customer.example";
        for (var person : java.util.List.of(new Object[] {supplierId, email}, new Object[] {customerId, customerEmail})) {
            jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                    + " select ?, ?, ?, 'MEMBER', password_hash, ? from user_account where email = ?")
                    .params(person[0], person[1], "Person " + person[1], now, "sam@northwind.example").update();
        }
        var lead = demo.personId(email);
        var customerLead = demo.personId(customerEmail);
        for (var i = 0; i < n; i++) {
            var name = "Waiting program " + i + " " + tag;
            jdbc.sql("insert into program (customer_id, name, success_definition, start_date, target_end_date, status,"
                    + " supplier_lead_id, customer_lead_id, created_at, updated_at)"
                    + " values (?, ?, 'Why', ?, ?, 'ACTIVE', ?, ?, ?, ?)")
                    .params(customerId, name, today.minusMonths(1), today.plusMonths(6), lead, customerLead, now, now)
                    .update();
            var programId = jdbc.sql("select id from program where name = ?").param(name).query(Long.class).single();
            for (var person : java.util.List.of(lead, customerLead)) {
                jdbc.sql("insert into program_member (program_id, user_id, added_at) values (?, ?, ?)")
                        .params(programId, person, now).update();
            }
            jdbc.sql("insert into milestone (program_id, title, owner_side, owner_id, baseline_date, planned_date,"
                    + " created_at, updated_at) values (?, 'Fixtures', 'CUSTOMER', ?, ?, ?, ?, ?)")
                    .params(programId, customerLead, today.plusDays(10), today.plusDays(20), now, now).update();
            var milestoneId = jdbc.sql("select id from milestone where program_id = ?").param(programId)
                    .query(Long.class).single();
            jdbc.sql("insert into milestone_slip (milestone_id, from_date, to_date, cause, explanation, recovery_plan,"
                    + " reported_by, reported_side, reported_at, state) values (?, ?, ?, 'CUSTOMER', 'Late', 'Later',"
                    + " ?, 'CUSTOMER', ?, 'OPEN')")
                    .params(milestoneId, today.plusDays(10), today.plusDays(20), customerLead, now).update();
            jdbc.sql("insert into rebaseline_proposal (program_id, reason, proposed_by, proposer_side, proposed_at,"
                    + " state) values (?, 'New dates', ?, 'CUSTOMER', ?, 'PENDING')")
                    .params(programId, customerLead, now).update();
            jdbc.sql("insert into review (program_id, title, starts_at, duration_minutes, agenda_since, created_by,"
                    + " created_at, updated_at) values (?, 'Review', ?, 60, ?, ?, ?, ?)")
                    .params(programId, Timestamp.from(TestClock.now().minusSeconds(7200)), now, lead, now, now)
                    .update();
            for (var question : java.util.List.of(true, false)) {
                jdbc.sql("insert into action_item (program_id, title, assignee_id, assignee_side, due_date, status,"
                        + " origin_type, question, created_by, created_at, updated_at)"
                        + " values (?, ?, ?, 'SUPPLIER', ?, 'OPEN', 'MANUAL', ?, ?, ?, ?)")
                        .params(programId, question ? "Which jig?" : "Send drawings", lead, today.minusDays(2),
                                question, customerLead, now, now).update();
            }
        }
        return email;
    }

    /** A new customer person with n notifications of their program, half of them read. */
    private String fixture(int n) {
        var program = testPrograms.create("Bounded notifications");
        var recipient = demo.personId(program.customerMember());
        var now = Timestamp.from(TestClock.now());
        var rows = new ArrayList<Object[]>();
        for (var i = 0; i < n; i++) {
            rows.add(new Object[] {recipient, program.id(), "Thing " + i, "programs/" + program.id(), now,
                    i % 2 == 0 ? null : now});
        }
        jdbcTemplate.batchUpdate("insert into notification (recipient_id, kind, program_id, program_name, subject_title,"
                + " actor_name, link, supplier_only, created_at, read_at) values (?, 'ASSIGNED', ?, 'Program', ?,"
                + " 'Sam Okafor', ?, false, ?, ?)", rows);
        return program.customerMember();
    }
}
