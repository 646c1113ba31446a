package com.cohelm.support;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Programs made for one test, so tests that change data leave the demo programs as other tests expect
 * them. Each is Brightline's with the Brightline team: Sam leads the supplier side with Tomás, Bea leads
 * the customer side with Ben, and a viewer of its own reads (so that Olivia's programs stay the demo's).
 */
@Component
public class TestPrograms {

    private final ProgramService programs;
    private final SignIn signIn;
    private final DemoPrograms demo;
    private final JdbcClient jdbc;

    TestPrograms(ProgramService programs, SignIn signIn, DemoPrograms demo, JdbcClient jdbc) {
        this.programs = programs;
        this.signIn = signIn;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    /** A program made for a test, and the email of its own customer viewer. */
    public record TestProgram(long id, String viewer) {
    }

    /** A new program with the Brightline team; nobody is signed in afterwards. */
    public TestProgram brightlineTeam(String name) {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var brightline = demo.organizationId("Brightline Consumer Electronics");
        var viewer = "viewer-" + tag + "@brightline.example";
        jdbc.sql("insert into user_account (organization_id, email, display_name, role, password_hash, created_at)"
                        + " select organization_id, ?, ?, 'VIEWER', password_hash, created_at from user_account"
                        + " where email = ?")
                .params(viewer, "Vera Viewer " + tag, DemoLogins.CUSTOMER_VIEWER).update();
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        try {
            var today = LocalDate.now();
            var id = programs.create(new ProgramDraft(brightline, name + " " + tag, "Tested together",
                    today.minusDays(30), today.plusMonths(6), ProgramStatus.ACTIVE,
                    demo.personId(DemoLogins.SUPPLIER_MEMBER), demo.personId(DemoLogins.CUSTOMER_ADMIN),
                    Set.of(demo.personId("tomas@northwind.example")),
                    Set.of(demo.personId("ben@brightline.example"), demo.personId(viewer)))).id();
            return new TestProgram(id, viewer);
        } finally {
            signIn.out();
        }
    }
}
