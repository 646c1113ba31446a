package com.cohelm.base.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramService;
import com.cohelm.support.CohelmServiceTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms.TestProgram;
import com.cohelm.support.TestSession.NewProgram;
import com.cohelm.support.TestSession.SignedInAs;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AuditedRow}'s timestamps come from the application's clock through Spring Data's auditing: a program
 * (an audited row) made and edited through its service is dated by the suite's fixed clock, a save without a
 * change writes nothing, and a real change moves {@code updated_at} and the version together.
 */
@CohelmServiceTest
class ClockAuditingTest {

    @Autowired
    ProgramService programs;
    @Autowired
    ProgramEditService programEdits;
    @Autowired
    JdbcClient jdbc;

    @NewProgram("Audited")
    TestProgram program;

    private record Stamps(Instant createdAt, Instant updatedAt, long version) {
    }

    private Stamps stamps() {
        return jdbc.sql("select created_at, updated_at, version from program where id = ?").param(program.id())
                .query((rs, row) -> new Stamps(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(),
                        rs.getLong(3)))
                .single();
    }

    @Test
    @SignedInAs(DemoLogins.SUPPLIER_ADMIN)
    void theClockStampsARowWhenItIsMadeAndWhenItReallyChanges() {
        var made = stamps();
        assertThat(made.createdAt()).isEqualTo(made.updatedAt()).isBetween(TestClock.startedAt(), TestClock.now());

        var details = programs.find(program.id()).orElseThrow();
        programEdits.update(program.id(), details.version(), details.toDraft());
        assertThat(stamps()).as("saved without a change").isEqualTo(made);

        var draft = details.toDraft();
        var before = TestClock.now();
        programEdits.update(program.id(), details.version(), new ProgramDraft(draft.customerId(),
                draft.name() + " (renamed)", draft.successDefinition(), draft.startDate(), draft.targetEndDate(),
                draft.status(), draft.supplierLeadId(), draft.customerLeadId(), draft.supplierMemberIds(),
                draft.customerMemberIds()));
        var changed = stamps();
        assertThat(changed.createdAt()).isEqualTo(made.createdAt());
        assertThat(changed.updatedAt()).isBetween(before, TestClock.now());
        assertThat(changed.version()).isEqualTo(made.version() + 1);
        assertThat(Timestamp.from(changed.updatedAt()).toLocalDateTime().toLocalDate()).isEqualTo(TestClock.today());
    }
}
