package com.cohelm.support;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramStatus;
import java.sql.Timestamp;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programs made for one test, so tests that change data leave the demo programs, and the demo people's
 * lists of programs, as other tests expect them. Each program belongs to a customer organization of its
 * own, with three people of its own (a lead, a member and a viewer, all with the demo password); on the
 * supplier side Sam leads with Tomás.
 */
@Component
public class TestPrograms {

    public static final String CUSTOMER_LEAD_NAME = "Cora Quist";
    public static final String CUSTOMER_MEMBER_NAME = "Cal Adeyemi";
    public static final String VIEWER_NAME = "Vera Viewer";

    /** A program made for a test: its id, its customer's name, and its customer people's emails. */
    public record TestProgram(long id, String customerName, String customerLead, String customerMember,
            String viewer) {
    }

    private final ProgramEditService programEdits;
    private final SignIn signIn;
    private final DemoPrograms demo;
    private final JdbcClient jdbc;

    TestPrograms(ProgramEditService programEdits, SignIn signIn, DemoPrograms demo, JdbcClient jdbc) {
        this.programEdits = programEdits;
        this.signIn = signIn;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** A new program with a new customer; nobody is signed in afterwards. */
    public TestProgram create(String name) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var customerName = "Test customer " + tag;
        var now = Timestamp.from(TestClock.now());
        jdbc.sql("insert into organization (name, kind, created_at) values (?, 'CUSTOMER', ?)")
                .params(customerName, now).update();
        var customerId = demo.organizationId(customerName);
        var lead = person(customerId, "lead-" + tag + "@test.example", CUSTOMER_LEAD_NAME, "MEMBER", now);
        var member = person(customerId, "member-" + tag + "@test.example", CUSTOMER_MEMBER_NAME, "MEMBER", now);
        var viewer = person(customerId, "viewer-" + tag + "@test.example", VIEWER_NAME, "VIEWER", now);
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        try {
            var today = TestClock.today();
            var id = programEdits.create(new ProgramDraft(customerId, name + " " + tag, "Tested together",
                    today.minusDays(30), today.plusMonths(6), ProgramStatus.ACTIVE,
                    demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(lead),
                    Set.of(demo.personId("tomas@northwind.example")),
                    Set.of(demo.personId(member), demo.personId(viewer)))).id();
            return new TestProgram(id, customerName, lead, member, viewer);
        } finally {
            signIn.out();
        }
    }

    /** Disables a person as an admin would: they cannot sign in any more and stay on the programs they are in. */
    public void disable(String email) {
        jdbc.sql("update user_account set enabled = false, disabled_at = ? where email = ?")
                .params(Timestamp.from(TestClock.now()), email).update();
    }

    private String person(long organizationId, String email, String name, String role, Timestamp now) {
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                        + " select ?, ?, ?, ?, password_hash, ? from user_account where email = ?")
                .params(organizationId, email, name, role, now, DemoLogins.SUPPLIER_MEMBER).update();
        return email;
    }
}
