package com.cohelm.schedule;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.InvalidInputException;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Decision 0023: a milestone is changed, marked done and slipped by the side that owns it (both sides for a
 * joint one), there by its owner, the side's lead and the side's admins; the other side answers its slips.
 * Issue 26: Brightline's customer admin could edit and mark done a supplier-owned milestone.
 */
@CohelmSpringTest
class MilestoneOwnerSideTest {

    private static final String ADMIN = "admin@northwind.example";
    private static final String SAM = "sam@northwind.example"; // supplier lead
    private static final String TOMAS = "tomas@northwind.example"; // supplier member
    private static final String BEA = "bea@brightline.example"; // customer lead and customer admin
    private static final String BEN = "ben@brightline.example"; // customer member
    private static final String OLIVIA = "olivia@brightline.example"; // customer viewer

    @Autowired
    ScheduleQueries scheduleQueries;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    SlipService slipService;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoPrograms demo;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private LocalDate today() {
        var zone = jdbc.sql("select time_zone from user_account where email = ?").param(SAM).query(String.class)
                .single();
        return TestClock.today(java.time.ZoneId.of(zone));
    }

    private MilestoneDetails milestone(OwnerSide side, String owner) {
        signIn.as(SAM);
        var baseline = today().plusDays(30);
        return milestoneService.create(demo.id(BRIGHTLINE_PROGRAM), new MilestoneDraft("Owned " + UUID.randomUUID(), "",
                side, demo.personId(owner), baseline, baseline, Set.of(), Set.of(), null));
    }

    private SlipDraft slip(MilestoneDetails milestone, int days) {
        return new SlipDraft(milestone.row().plannedDate().plusDays(days),
                new SlipReport(SlipCause.SUPPLIER, "Board respin", "Second shift on the fixtures"));
    }

    /** May change it: the page offers it and saving the form unchanged is accepted (and writes nothing). */
    private void assertMayChange(String email, MilestoneDetails milestone) {
        signIn.as(email);
        var seen = scheduleQueries.milestone(milestone.programId(), milestone.row().id()).orElseThrow();
        assertThat(seen.canEdit()).as(email + " may change it").isTrue();
        milestoneService.update(seen.programId(), seen.row().id(), seen.row().version(), seen.toDraft());
    }

    /** May not: the page hides the buttons and every change is refused. */
    private void assertMayNotChange(String email, MilestoneDetails milestone) {
        signIn.as(email);
        var seen = scheduleQueries.milestone(milestone.programId(), milestone.row().id()).orElseThrow();
        assertThat(seen.canEdit()).as(email + " may not change it").isFalse();
        var programId = seen.programId();
        var id = seen.row().id();
        var version = seen.row().version();
        assertThatThrownBy(() -> milestoneService.update(programId, id, version, seen.toDraft())).as(email + " edits")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.markDone(programId, id, version, today())).as(email + " marks done")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.reopen(programId, id, version)).as(email + " reopens")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> slipService.recordSlip(programId, id, version, slip(seen, 7)))
                .as(email + " records a slip").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSupplierOwnedMilestoneIsChangedByTheSupplierSideOnly() {
        var milestone = milestone(OwnerSide.SUPPLIER, TOMAS);

        assertMayChange(TOMAS, milestone);
        assertMayChange(SAM, milestone);
        assertMayChange(ADMIN, milestone);
        assertMayNotChange(BEA, milestone);
        assertMayNotChange(BEN, milestone);
        assertMayNotChange(OLIVIA, milestone);

        signIn.as(TOMAS);
        var done = milestoneService.markDone(milestone.programId(), milestone.row().id(), milestone.row().version(), today());
        assertThat(done.row().status()).isEqualTo(MilestoneStatus.DONE);
    }

    @Test
    void aCustomerOwnedMilestoneIsChangedByTheCustomerSideOnly() {
        var milestone = milestone(OwnerSide.CUSTOMER, BEN);

        assertMayChange(BEN, milestone);
        assertMayChange(BEA, milestone);
        assertMayNotChange(SAM, milestone);
        assertMayNotChange(TOMAS, milestone);
        assertMayNotChange(ADMIN, milestone);
        assertMayNotChange(OLIVIA, milestone);

        signIn.as(BEN);
        var slipped = slipService.recordSlip(milestone.programId(), milestone.row().id(), milestone.row().version(),
                slip(milestone, 5));
        assertThat(slipped.row().daysSlipped()).isEqualTo(5);
        assertThat(slipped.slips().getFirst().reportedSide()).isEqualTo(com.cohelm.security.Side.CUSTOMER);
    }

    @Test
    void aJointMilestoneIsChangedByBothSidesButNotByEveryone() {
        var milestone = milestone(OwnerSide.JOINT, BEN);

        assertMayChange(BEN, milestone);
        assertMayChange(BEA, milestone);
        assertMayChange(SAM, milestone);
        assertMayChange(ADMIN, milestone);
        assertMayNotChange(TOMAS, milestone); // a supplier member who neither owns nor leads it
        assertMayNotChange(OLIVIA, milestone);

        // Handing it to the other side alone would take it out of the editor's own hands.
        signIn.as(BEA);
        var draft = milestone.toDraft();
        var handedOver = new MilestoneDraft(draft.title(), draft.description(), OwnerSide.SUPPLIER,
                demo.personId(TOMAS), draft.baselineDate(), draft.plannedDate(), draft.dependsOn(), draft.goalIds(),
                null);
        assertThatThrownBy(() -> milestoneService.update(milestone.programId(), milestone.row().id(),
                milestone.row().version(), handedOver))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerSide"));
    }

    @Test
    void recordingASlipNeedsALaterDateAndTheWholeReport() {
        var milestone = milestone(OwnerSide.SUPPLIER, TOMAS);
        var programId = milestone.programId();
        var id = milestone.row().id();
        var version = milestone.row().version();
        signIn.as(TOMAS);

        assertThatThrownBy(() -> slipService.recordSlip(programId, id, version, slip(milestone, 0)))
                .as("the same date is no slip")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("plannedDate");
                    assertThat(e.messageKey()).isEqualTo("schedule.error.not-a-slip");
                });
        assertThatThrownBy(() -> slipService.recordSlip(programId, id, version, new SlipDraft(
                milestone.row().plannedDate().plusDays(3), new SlipReport(SlipCause.SUPPLIER, " ", "Plan"))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(scheduleQueries.milestone(programId, id).orElseThrow().slips()).as("nothing saved").isEmpty();

        var slipped = slipService.recordSlip(programId, id, version, slip(milestone, 9));
        assertThat(slipped.row().plannedDate()).isEqualTo(milestone.row().plannedDate().plusDays(9));
        assertThat(slipped.row().status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(slipped.slips()).singleElement().satisfies(s -> {
            assertThat(s.explanation()).isEqualTo("Board respin");
            assertThat(s.recoveryPlan()).isEqualTo("Second shift on the fixtures");
            assertThat(s.state()).isEqualTo(SlipState.OPEN);
        });
        assertThat(slipped.history().getFirst().field()).isEqualTo(DateChangeField.PLANNED);
    }
}
