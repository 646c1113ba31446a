package com.cohelm.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.account.PersonSummary;
import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Creating and editing programs on the real database; each test makes its own Calloway program. */
@CohelmSpringTest
class ProgramServiceTest {

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    long calloway;
    long priya;
    long carl;
    long tomas;
    long maya;

    @BeforeEach
    void ids() {
        calloway = demo.organizationId("Calloway Motor Works");
        priya = demo.personId("priya@northwind.example");
        carl = demo.personId("carl@calloway.example");
        tomas = demo.personId("tomas@northwind.example");
        maya = demo.personId("maya@calloway.example");
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private ProgramDraft draft(String name) {
        var start = LocalDate.of(2026, 12, 1);
        return new ProgramDraft(calloway, name, "Workshops diagnose faster", start, start.plusMonths(6),
                ProgramStatus.ACTIVE, priya, carl, Set.of(tomas), Set.of(maya));
    }

    private long programCount() {
        return jdbc.sql("select count(*) from program").query(Long.class).single();
    }

    @Test
    void supplierAdminCreatesAProgramThatTheRightPeopleSeeAtOnce() {
        signIn.as("admin@northwind.example");
        var name = "Diagnostics uplift " + UUID.randomUUID();
        var created = programEdits.create(draft(name));

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.customer().name()).isEqualTo("Calloway Motor Works");
        assertThat(created.supplierLead().displayName()).isEqualTo("Priya Raman");
        assertThat(created.customerLead().displayName()).isEqualTo("Carl Brennan");
        assertThat(created.supplierMembers()).extracting(PersonSummary::displayName)
                .containsExactly("Priya Raman", "Tomás Ferreira");
        assertThat(created.customerMembers()).extracting(PersonSummary::displayName)
                .containsExactly("Carl Brennan", "Maya Singh");
        var events = jdbc.sql("select kind from activity_event where program_id = ? order by id")
                .param(created.id()).query(String.class).list();
        assertThat(events).containsExactly("PROGRAM_CREATED", "PROGRAM_MEMBER_ADDED", "PROGRAM_MEMBER_ADDED",
                "PROGRAM_MEMBER_ADDED", "PROGRAM_MEMBER_ADDED");

        for (var login : new String[] {"maya@calloway.example", "carl@calloway.example", "tomas@northwind.example"}) {
            signIn.as(login);
            assertThat(programs.find(created.id())).as(login).isPresent();
            assertThat(programs.list(new ProgramFilter("Diagnostics uplift", null), PageRequest.of(0, 50)))
                    .extracting(ProgramSummary::name).as(login).contains(name);
        }
        for (var login : new String[] {"bea@brightline.example", "sam@northwind.example", "victor@verdant.example"}) {
            signIn.as(login);
            assertThat(programs.find(created.id())).as(login).isEmpty();
        }
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        signIn.as("admin@northwind.example");
        var before = programCount();
        var good = draft("Refused " + UUID.randomUUID());

        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(good.customerId(), good.name(),
                good.successDefinition(), good.startDate(), good.startDate().minusDays(1), good.status(),
                good.supplierLeadId(), good.customerLeadId(), Set.of(), Set.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("targetEndDate");
        var bea = demo.personId("bea@brightline.example");
        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(good.customerId(), good.name(),
                good.successDefinition(), good.startDate(), good.targetEndDate(), good.status(),
                good.supplierLeadId(), bea, Set.of(), Set.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("customerLeadId");
        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(good.customerId(), good.name(),
                good.successDefinition(), good.startDate(), good.targetEndDate(), good.status(),
                carl, good.customerLeadId(), Set.of(), Set.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("supplierLeadId");
        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(good.customerId(), good.name(),
                good.successDefinition(), good.startDate(), good.targetEndDate(), good.status(),
                good.supplierLeadId(), good.customerLeadId(), Set.of(), Set.of(bea))))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("customerMemberIds");
        var olivia = demo.personId("olivia@brightline.example");
        var supplierId = demo.organizationId("Northwind Test Systems");
        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(supplierId, good.name(),
                good.successDefinition(), good.startDate(), good.targetEndDate(), good.status(),
                good.supplierLeadId(), olivia, Set.of(), Set.of())))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("customerId");
        assertThatThrownBy(() -> programEdits.create(new ProgramDraft(good.customerId(), "  ",
                good.successDefinition(), good.startDate(), good.targetEndDate(), good.status(),
                good.supplierLeadId(), good.customerLeadId(), Set.of(), Set.of())))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(programCount()).isEqualTo(before);
    }

    @Test
    void aConcurrentEditIsRefusedAndBothVersionsStayAvailable() {
        signIn.as("admin@northwind.example");
        var created = programEdits.create(draft("Concurrent " + UUID.randomUUID()));

        signIn.as("priya@northwind.example");
        var priyasView = programs.find(created.id()).orElseThrow();
        signIn.as("carl@calloway.example");
        var carlsView = programs.find(created.id()).orElseThrow();
        var carlsDraft = carlsView.toDraft();
        var carlSaved = programEdits.update(created.id(), carlsView.version(), new ProgramDraft(carlsDraft.customerId(),
                "Carl's name", carlsDraft.successDefinition(), carlsDraft.startDate(), carlsDraft.targetEndDate(),
                carlsDraft.status(), carlsDraft.supplierLeadId(), carlsDraft.customerLeadId(),
                carlsDraft.supplierMemberIds(), carlsDraft.customerMemberIds()));
        assertThat(carlSaved.version()).isGreaterThan(carlsView.version());

        signIn.as("priya@northwind.example");
        var priyasDraft = priyasView.toDraft();
        var priyasChange = new ProgramDraft(priyasDraft.customerId(), "Priya's name",
                priyasDraft.successDefinition(), priyasDraft.startDate(), priyasDraft.targetEndDate(),
                ProgramStatus.ON_HOLD, priyasDraft.supplierLeadId(), priyasDraft.customerLeadId(),
                priyasDraft.supplierMemberIds(), priyasDraft.customerMemberIds());
        assertThatThrownBy(() -> programEdits.update(created.id(), priyasView.version(), priyasChange))
                .isInstanceOfSatisfying(ConcurrentEditException.class,
                        e -> assertThat(e.<ProgramDetails>current().name()).isEqualTo("Carl's name"));
        assertThat(programs.find(created.id()).orElseThrow().name()).isEqualTo("Carl's name");

        // Priya decides to keep hers: saving against the version she has now seen succeeds.
        var kept = programEdits.update(created.id(), carlSaved.version(), priyasChange);
        assertThat(kept.name()).isEqualTo("Priya's name");
        assertThat(kept.status()).isEqualTo(ProgramStatus.ON_HOLD);
        var history = jdbc.sql("select count(*) from activity_event where program_id = ? and kind = 'PROGRAM_UPDATED'")
                .param(created.id()).query(Long.class).single();
        assertThat(history).isEqualTo(2);
    }

    @Test
    void removingAMemberTakesTheProgramAwayFromThem() {
        signIn.as("admin@northwind.example");
        var created = programEdits.create(draft("Membership " + UUID.randomUUID()));
        var d = created.toDraft();
        programEdits.update(created.id(), created.version(), new ProgramDraft(d.customerId(), d.name(),
                d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), d.supplierLeadId(),
                d.customerLeadId(), Set.of(priya), Set.of(carl)));

        var removed = jdbc.sql("select subject_label from activity_event where program_id = ?"
                        + " and kind = 'PROGRAM_MEMBER_REMOVED' order by subject_label")
                .param(created.id()).query(String.class).list();
        assertThat(removed).containsExactly("Maya Singh", "Tomás Ferreira");
        signIn.as("maya@calloway.example");
        assertThat(programs.find(created.id())).isEmpty();
        signIn.as("carl@calloway.example");
        assertThat(programs.find(created.id())).isPresent();
    }

    @Test
    void eachLeadChangesTheirOwnSidesLeadAndTeamOnly() {
        signIn.as("admin@northwind.example");
        var created = programEdits.create(draft("Sides " + UUID.randomUUID()));
        var d = created.toDraft();
        var sam = demo.personId("sam@northwind.example");

        signIn.as("carl@calloway.example");
        var carlsView = programs.find(created.id()).orElseThrow();
        assertThat(carlsView.editableSides()).containsExactly(com.cohelm.security.Side.CUSTOMER);
        assertThatThrownBy(() -> programEdits.update(created.id(), carlsView.version(), new ProgramDraft(d.customerId(),
                d.name(), d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), sam,
                d.customerLeadId(), d.supplierMemberIds(), d.customerMemberIds())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> programEdits.update(created.id(), carlsView.version(), new ProgramDraft(d.customerId(),
                d.name(), d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), d.supplierLeadId(),
                d.customerLeadId(), Set.of(priya), d.customerMemberIds())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var carlsTeam = programEdits.update(created.id(), carlsView.version(), new ProgramDraft(d.customerId(),
                d.name(), d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), d.supplierLeadId(),
                d.customerLeadId(), d.supplierMemberIds(), Set.of(carl)));
        assertThat(carlsTeam.customerMembers()).extracting(PersonSummary::displayName).containsExactly("Carl Brennan");

        signIn.as("priya@northwind.example");
        var priyasView = programs.find(created.id()).orElseThrow();
        assertThat(priyasView.editableSides()).containsExactly(com.cohelm.security.Side.SUPPLIER);
        assertThatThrownBy(() -> programEdits.update(created.id(), priyasView.version(),
                new ProgramDraft(d.customerId(), d.name(), d.successDefinition(), d.startDate(), d.targetEndDate(),
                        d.status(), d.supplierLeadId(), maya, d.supplierMemberIds(), Set.of(carl, maya))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var priyasTeam = programEdits.update(created.id(), priyasView.version(), new ProgramDraft(d.customerId(),
                d.name(), d.successDefinition(), d.startDate(), d.targetEndDate(), d.status(), sam,
                d.customerLeadId(), Set.of(priya, sam), Set.of(carl)));
        assertThat(priyasTeam.supplierLead().displayName()).isEqualTo("Sam Okafor");
    }

    @Test
    void searchFindsProgramsByTheirOrTheirCustomersName() {
        signIn.as("admin@northwind.example");
        assertThat(programs.list(new ProgramFilter("verdant", null), PageRequest.of(0, 50)))
                .extracting(ProgramSummary::name).contains("Clean-tech pilot line");
        assertThat(programs.list(new ProgramFilter("PILOT", ProgramStatus.ACTIVE), PageRequest.of(0, 50)))
                .extracting(ProgramSummary::name).containsExactly("Clean-tech pilot line");
        assertThat(programs.count(new ProgramFilter("pilot", ProgramStatus.COMPLETED))).isZero();
        assertThat(programs.count(new ProgramFilter("100%_", null))).isZero();
    }
}
