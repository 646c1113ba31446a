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
