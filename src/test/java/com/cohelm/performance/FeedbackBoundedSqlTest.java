package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The feedback page issues the same number of SQL statements with 5 feedback items as with 500 (with
 * responses, earlier wordings, authors shown as their organization), and whatever the number of pulses
 * and answers: no N+1 anywhere.
 */
class FeedbackBoundedSqlTest extends KaribuViewTest {

    /**
     * The page: the program with the reader's access, its members and their people; the cadence, the pulses
     * and all their answers in one statement; the goals and milestones an item may be about, each through
     * its own feature's access check; then the grid's first page and its count, each with its access
     * check, the page's people, both organizations and the earlier wordings counted per item; and the
     * header bell's unread count. (26 while the goals' titles read the program's members and people.)
     */
    static final long FEEDBACK_PAGE_STATEMENTS = 24;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    DemoPrograms demo;

    @Test
    void theFeedbackPageDoesNotGrowWithItemsPulsesOrAnswers() {
        var small = testPrograms.create("Bounded feedback");
        var large = testPrograms.create("Bounded feedback");
        addFeedback(small.id(), 5, 1);
        addFeedback(large.id(), 500, 12);

        var smallPage = statementsFor(DemoLogins.SUPPLIER_MEMBER, small.id());
        var largePage = statementsFor(DemoLogins.SUPPLIER_MEMBER, large.id());
        assertThat(largePage).isEqualTo(smallPage).isEqualTo(FEEDBACK_PAGE_STATEMENTS);
        // The customer's view of the same page costs the same
        assertThat(statementsFor(large.customerLead(), large.id())).isEqualTo(statementsFor(small.customerLead(),
                small.id()));
    }

    /**
     * n items from both sides by the program's people in turn, every third responded to by the other side,
     * every fourth shown as the organization, each with an earlier wording; and p revealed pulses answered
     * by both leads, then an open one.
     */
    private void addFeedback(long programId, int n, int p) {
        var leads = jdbc.sql("select supplier_lead_id, customer_lead_id from program where id = ?").param(programId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        var tomas = demo.personId("tomas@northwind.example");
        var now = Timestamp.from(TestClock.now());
        List<Object[]> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var customer = i % 2 == 0;
            var author = customer ? leads[1] : (i % 3 == 0 ? tomas : leads[0]);
            var responded = i % 3 == 0;
            items.add(new Object[] {programId, i % 3 == 0 ? "CRITICISM" : i % 3 == 1 ? "PRAISE" : "IDEA",
                    customer ? "CUSTOMER" : "SUPPLIER", author, customer && i % 4 == 0, "Item " + i, "Body " + i,
                    responded ? "ACKNOWLEDGED" : "OPEN", responded ? "Noted" : null,
                    responded ? (customer ? leads[0] : leads[1]) : null, responded ? now : null, now, now});
        }
        jdbcTemplate.batchUpdate("insert into feedback_item (program_id, kind, from_side, author_id,"
                + " shown_as_organization, title, body, status, response, responded_by, responded_at, created_at,"
                + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", items);
        var ids = jdbc.sql("select id, author_id from feedback_item where program_id = ?").param(programId)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        jdbcTemplate.batchUpdate("insert into feedback_item_revision (item_id, title, body, kind, edited_by, edited_at)"
                + " values (?, 'Earlier', 'Earlier body', 'CRITICISM', ?, ?)",
                ids.stream().map(id -> new Object[] {id[0], id[1], now}).toList());
        for (int i = 0; i <= p; i++) {
            var open = i == p;
            var opened = Timestamp.from(TestClock.now().minusSeconds(86_400L * (p - i + 1) * 30));
            jdbc.sql("insert into pulse (program_id, title, opened_by, opened_at, closes_on, closed_at, revealed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)").params(programId, "P" + i, leads[0], opened,
                    TestClock.today().plusDays(open ? 5 : -1), open ? null : now, open ? null : now).update();
            var pulseId = jdbc.sql("select max(id) from pulse where program_id = ?").param(programId)
                    .query(Long.class).single();
            jdbc.sql("insert into pulse_response (pulse_id, respondent_id, side, communication, responsiveness,"
                    + " quality, schedule, recommend, comment, submitted_at, updated_at)"
                    + " values (?, ?, 'CUSTOMER', 4, 4, 3, 2, 9, 'Fine', ?, ?)").params(pulseId, leads[1], now, now)
                    .update();
            if (!open) {
                jdbc.sql("insert into pulse_response (pulse_id, respondent_id, side, spec_clarity, feedback_speed,"
                        + " decision_access, internal, submitted_at, updated_at)"
                        + " values (?, ?, 'SUPPLIER', 2, 3, 4, ?, ?, ?)").params(pulseId, leads[0], i % 2 == 0, now,
                        now).update();
            }
        }
    }

    private long statementsFor(String email, long programId) {
        var statements = statementsToOpen(email, "programs/" + programId + "/feedback");
        assertThat(GridKt._size(LocatorJ._get(Grid.class, spec -> spec.withClasses("feedback-grid")))).isPositive();
        return statements;
    }
}
