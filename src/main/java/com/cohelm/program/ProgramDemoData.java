package com.cohelm.program;

import com.cohelm.account.AccountDirectory;
import com.cohelm.account.PersonSummary;
import com.cohelm.activity.ActivityEntry;
import com.cohelm.activity.ActivityKind;
import com.cohelm.activity.ActivityRecorder;
import com.cohelm.base.demo.DemoDataContributor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The three demo programs of DESIGN.md, each with a lead and members on both sides. */
@Component
@Order(20)
class ProgramDemoData implements DemoDataContributor {

    private final ProgramRepository programs;
    private final ProgramMemberRepository members;
    private final AccountDirectory directory;
    private final ActivityRecorder activity;
    private final Clock clock;

    ProgramDemoData(ProgramRepository programs, ProgramMemberRepository members, AccountDirectory directory,
            ActivityRecorder activity, Clock clock) {
        this.programs = programs;
        this.members = members;
        this.directory = directory;
        this.activity = activity;
        this.clock = clock;
    }

    @Override
    public void contribute() {
        var today = LocalDate.now(clock);
        program("Production test firmware for the holiday launch",
                "Every holiday-season unit leaves Brightline's line tested by our firmware: first-pass yield "
                        + "above 98% and test time under 40 seconds per unit, in time for the launch build.",
                today.minusMonths(2), today.plusMonths(3), ProgramStatus.ACTIVE,
                "sam@northwind.example", "bea@brightline.example",
                List.of("tomas@northwind.example", "olivia@brightline.example", "ben@brightline.example"));
        program("Clean-tech pilot line",
                "Verdant's pilot line runs a full shift on our test systems with the yield data both teams "
                        + "need to decide on the production line.",
                today.minusMonths(5), today.plusMonths(2), ProgramStatus.ACTIVE,
                "sam@northwind.example", "victor@verdant.example", List.of("greta@verdant.example"));
        program("Workshop systems rollout",
                "All 40 Calloway workshops diagnose with the new systems, and technicians rate them better "
                        + "than the old ones.",
                today.minusMonths(8), today.plusMonths(4), ProgramStatus.ACTIVE,
                "priya@northwind.example", "carl@calloway.example",
                List.of("tomas@northwind.example", "maya@calloway.example"));
    }

    private void program(String name, String successDefinition, LocalDate start, LocalDate targetEnd,
            ProgramStatus status, String supplierLeadEmail, String customerLeadEmail, List<String> memberEmails) {
        var supplierLead = person(supplierLeadEmail);
        var customerLead = person(customerLeadEmail);
        var program = new Program(customerLead.organizationId());
        program.apply(new ProgramDraft(customerLead.organizationId(), name, successDefinition, start, targetEnd,
                status, supplierLead.id(), customerLead.id(), Set.of(), Set.of()));
        programs.save(program);
        var admin = person("admin@northwind.example");
        activity.record(ActivityEntry.of(ActivityKind.PROGRAM_CREATED)
                .actor(admin.id(), admin.email(), admin.side())
                .organization(program.getCustomerId())
                .program(program.getId())
                .subject("program", program.getId(), program.getName())
                .change(null, program.describe()));
        var team = new ArrayList<PersonSummary>(List.of(supplierLead, customerLead));
        memberEmails.forEach(email -> team.add(person(email)));
        for (var member : team) {
            members.save(new ProgramMember(program.getId(), member.id(), clock.instant()));
            activity.record(ActivityEntry.of(ActivityKind.PROGRAM_MEMBER_ADDED)
                    .actor(admin.id(), admin.email(), admin.side())
                    .organization(program.getCustomerId())
                    .program(program.getId())
                    .subject("user", member.id(), member.displayName()));
        }
    }

    private PersonSummary person(String email) {
        return directory.personByEmail(email).orElseThrow();
    }
}
