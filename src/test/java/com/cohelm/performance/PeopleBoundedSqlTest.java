package com.cohelm.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.DemoLogins;
import com.cohelm.support.KaribuViewTest;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPeople;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.grid.Grid;
import java.sql.Timestamp;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people page issues the same number of SQL statements for an organization of 3 people as for one
 * of 203, and the organizations page whatever the number of organizations: no N+1.
 */
class PeopleBoundedSqlTest extends KaribuViewTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestPeople testPeople;

    @Test
    void thePeoplePageDoesNotGrowWithThePeople() {
        var small = testPeople.customer("Bounded people small");
        var large = testPeople.customer("Bounded people large");
        addPeople(large.organizationId(), 200);

        var smallCount = statementsFor(small.admin(), "admin/users", 3);
        var largeCount = statementsFor(large.admin(), "admin/users", 203);
        assertThat(largeCount).isEqualTo(smallCount);
    }

    @Test
    void theOrganizationsPageDoesNotGrowWithTheOrganizations() {
        var before = statementsFor(DemoLogins.SUPPLIER_ADMIN, "admin/organizations", -1);
        var now = Timestamp.from(TestClock.now());
        for (int i = 0; i < 60; i++) {
            jdbc.sql("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)")
                    .params("Bounded organization " + UUID.randomUUID(), now).update();
        }
        var after = statementsFor(DemoLogins.SUPPLIER_ADMIN, "admin/organizations", -1);
        assertThat(after).isEqualTo(before);
    }

    private void addPeople(long organizationId, int count) {
        var now = Timestamp.from(TestClock.now());
        for (int i = 0; i < count; i++) {
            jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                            + " values (?, ?, ?, 'MEMBER', 'x', ?)")
                    .params(organizationId, "bulk-" + UUID.randomUUID() + "@test.example", "Bulk person " + i, now)
                    .update();
        }
    }

    private long statementsFor(String email, String location, int expectedRows) {
        var statements = statementsToOpen(email, location);
        if (expectedRows >= 0) {
            assertThat(GridKt._size(LocatorJ._get(Grid.class))).isEqualTo(expectedRows);
        }
        return statements;
    }
}
