package com.cohelm.support;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Programs made for one test, so tests that change data leave the demo programs as other tests expect
 * them. Each is Brightline's with the Brightline team: Sam leads the supplier side with Tomás, Bea leads
 * the customer side with Ben, and Olivia reads.
 */
@Component
public class TestPrograms {

    private final ProgramService programs;
    private final SignIn signIn;
    private final DemoPrograms demo;

    TestPrograms(ProgramService programs, SignIn signIn, DemoPrograms demo) {
        this.programs = programs;
        this.signIn = signIn;
        this.demo = demo;
    }

    /** A new program with the Brightline team; nobody is signed in afterwards. */
    public long brightlineTeam(String name) {
        signIn.as(DemoLogins.SUPPLIER_ADMIN);
        try {
            var today = LocalDate.now();
            return programs.create(new ProgramDraft(demo.organizationId("Brightline Consumer Electronics"),
                    name + " " + UUID.randomUUID().toString().substring(0, 8), "Tested together", today.minusDays(30),
                    today.plusMonths(6), ProgramStatus.ACTIVE, demo.personId(DemoLogins.SUPPLIER_MEMBER),
                    demo.personId(DemoLogins.CUSTOMER_ADMIN), Set.of(demo.personId("tomas@northwind.example")),
                    Set.of(demo.personId("ben@brightline.example"), demo.personId(DemoLogins.CUSTOMER_VIEWER))))
                    .id();
        } finally {
            signIn.out();
        }
    }
}
