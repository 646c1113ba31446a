package com.cohelm.schedule;

import static com.cohelm.support.DemoLogins.BRIGHTLINE_PROGRAM;
import static com.cohelm.support.DemoLogins.VERDANT_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.base.ConcurrentEditException;
import com.cohelm.base.InvalidInputException;
import com.cohelm.base.ResourceNotFoundException;
import com.cohelm.program.ProgramDraft;
import com.cohelm.program.ProgramEditService;
import com.cohelm.program.ProgramService;
import com.cohelm.program.ProgramStatus;
import com.cohelm.security.Side;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The schedule's rules on the real database: slips need their report, the other side answers them,
 * re-baselines change nothing until the right lead accepts, dependencies never form a cycle, every date
 * change is in the history, and nobody outside the program sees any of it.
 */
@CohelmSpringTest
class ScheduleServicesTest {

    private static final String SAM = "sam@northwind.example";
    private static final String BEA = "bea@brightline.example";
    private static final String BEN = "ben@brightline.example";
    private static final String OLIVIA = "olivia@brightline.example";
    private static final String TOMAS = "tomas@northwind.example";

    @Autowired
    ScheduleQueries scheduleQueries;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    SlipService slipService;
    @Autowired
    RebaselineService rebaselineService;
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

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Today where the demo people live: the service dates everything in the reader's time zone. */
    private LocalDate today() {
        var zone = jdbc.sql("select time_zone from user_account where email = ?").param(SAM).query(String.class)
                .single();
        return TestClock.today(java.time.ZoneId.of(zone));
    }

    private MilestoneDraft draft(String title, OwnerSide side, long ownerId, LocalDate baseline, Set<Long> dependsOn) {
        return new MilestoneDraft(title, "", side, ownerId, baseline, baseline, dependsOn, Set.of(), null);
    }

    /** A Brightline milestone made for one test by its supplier lead, owned by Tomás. */
    private MilestoneDetails newBrightlineMilestone(Set<Long> dependsOn) {
        signIn.as(SAM);
        return milestoneService.create(demo.id(BRIGHTLINE_PROGRAM), draft("Test milestone " + UUID.randomUUID(),
                OwnerSide.SUPPLIER, demo.personId(TOMAS), today().plusDays(30), dependsOn));
    }

    private MilestoneDraft moved(MilestoneDetails milestone, LocalDate planned, SlipReport report) {
        var draft = milestone.toDraft();
        return new MilestoneDraft(draft.title(), draft.description(), draft.ownerSide(), draft.ownerId(),
                draft.baselineDate(), planned, draft.dependsOn(), draft.goalIds(), report);
    }

    @Test
    void theDemoSchedulesTellTheirStories() {
        signIn.as("admin@northwind.example");
        var verdant = scheduleQueries.overview(demo.id(VERDANT_PROGRAM));
        assertThat(verdant.counts().get(MilestoneStatus.LATE)).isEqualTo(1);
        assertThat(verdant.counts().get(MilestoneStatus.SLIPPED)).isEqualTo(2);
        assertThat(verdant.pendingProposal()).get().satisfies(p -> {
            assertThat(p.proposerSide()).isEqualTo(Side.SUPPLIER);
            assertThat(p.items()).hasSize(2);
        });
        var rows = scheduleQueries.milestones(demo.id(VERDANT_PROGRAM), MilestoneFilter.all(), PageRequest.of(0, 50));
        assertThat(rows.getFirst().status()).as("late ones first").isEqualTo(MilestoneStatus.LATE);
        assertThat(rows.getFirst().ownerSide()).isEqualTo(OwnerSide.CUSTOMER);
        var controller = rows.stream().filter(r -> r.title().startsWith("Cell controller")).findFirst().orElseThrow();
        var details = scheduleQueries.milestone(demo.id(VERDANT_PROGRAM), controller.id()).orElseThrow();
        assertThat(details.slips()).singleElement().satisfies(slip -> {
            assertThat(slip.state()).isEqualTo(SlipState.RESOLVED);
            assertThat(slip.compromise()).contains("second test station");
            assertThat(slip.thread()).extracting(SlipEntryView::kind)
                    .containsExactly(SlipEntryKind.CONTESTED, SlipEntryKind.REPLY, SlipEntryKind.COMPROMISE);
        });
        assertThat(details.affected()).extracting(MilestoneRef::title)
                .contains("First full shift on our systems", "Go / no-go for the production line");

        var brightline = scheduleQueries.timeline(demo.id(BRIGHTLINE_PROGRAM), null);
        assertThat(brightline.rows().stream().mapToInt(r -> r.dependsOn().size()).sum()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aSlipNeedsItsReportAndIsKeptInTheHistory() {
        var milestone = newBrightlineMilestone(Set.of());
        var programId = milestone.programId();
        var later = milestone.row().baselineDate().plusDays(10);
        var slipsBefore = count("milestone_slip");

        assertThatThrownBy(() -> milestoneService.update(programId, milestone.row().id(), milestone.row().version(),
                moved(milestone, later, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("slip"));
        assertThatThrownBy(() -> milestoneService.update(programId, milestone.row().id(), milestone.row().version(),
                moved(milestone, later, new SlipReport(SlipCause.SUPPLIER, " ", "Plan"))))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(count("milestone_slip")).isEqualTo(slipsBefore);
        assertThat(scheduleQueries.milestone(programId, milestone.row().id()).orElseThrow().row().plannedDate())
                .as("nothing saved").isEqualTo(milestone.row().plannedDate());

        var slipped = milestoneService.update(programId, milestone.row().id(), milestone.row().version(),
                moved(milestone, later, new SlipReport(SlipCause.EXTERNAL, "Customs held the boards", "Air freight")));
        assertThat(slipped.row().status()).isEqualTo(MilestoneStatus.SLIPPED);
        assertThat(slipped.row().daysSlipped()).isEqualTo(10);
        assertThat(slipped.row().openSlipState()).isEqualTo(SlipState.OPEN);
        assertThat(slipped.history().getFirst()).satisfies(h -> {
            assertThat(h.field()).isEqualTo(DateChangeField.PLANNED);
            assertThat(h.fromDate()).isEqualTo(milestone.row().plannedDate());
            assertThat(h.toDate()).isEqualTo(later);
            assertThat(h.cause()).isEqualTo(SlipCause.EXTERNAL);
            assertThat(h.explanation()).isEqualTo("Customs held the boards");
            assertThat(h.changedBy()).isEqualTo("Sam Okafor");
        });

        // Pulling the date in is no slip; pushing it out again, even short of the first slip, is another one.
        var earlier = milestoneService.update(programId, milestone.row().id(), slipped.row().version(),
                moved(slipped, later.minusDays(4), null));
        assertThat(earlier.slips()).hasSize(1);
        assertThatThrownBy(() -> milestoneService.update(programId, milestone.row().id(), earlier.row().version(),
                moved(earlier, later.minusDays(1), null))).isInstanceOf(InvalidInputException.class);
        var again = milestoneService.update(programId, milestone.row().id(), earlier.row().version(),
                moved(earlier, later.minusDays(1), new SlipReport(SlipCause.CUSTOMER, "Dock closed", "Weekend slot")));
        assertThat(again.slips()).hasSize(2);
        assertThat(again.history()).extracting(DateChangeView::field)
                .containsExactly(DateChangeField.PLANNED, DateChangeField.PLANNED, DateChangeField.PLANNED,
                        DateChangeField.CREATED);
        assertThat(programs.recentActivity(programId)).anySatisfy(a ->
                assertThat(a.kind()).isEqualTo(com.cohelm.activity.ActivityKind.MILESTONE_SLIPPED));
    }

    @Test
    void onlyTheOtherSideAcknowledgesOrContestsASlipAndEitherSideSettlesIt() {
        var milestone = newBrightlineMilestone(Set.of());
        var programId = milestone.programId();
        var slipped = milestoneService.update(programId, milestone.row().id(), milestone.row().version(),
                moved(milestone, milestone.row().baselineDate().plusDays(7),
                        new SlipReport(SlipCause.SUPPLIER, "Test rig broke", "Borrow the lab rig")));
        var slip = slipped.slips().getFirst();
        assertThat(slip.canRespond()).as("the reporting side does not answer").isFalse();
        assertThatThrownBy(() -> slipService.contestSlip(programId, milestone.row().id(), slip.id(), slip.version(), "No"))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as(OLIVIA);
        assertThatThrownBy(() -> slipService.contestSlip(programId, milestone.row().id(), slip.id(), slip.version(), "No"))
                .as("viewers change nothing").isInstanceOf(AccessDeniedException.class);

        signIn.as(BEN);
        var seen = scheduleQueries.milestone(programId, milestone.row().id()).orElseThrow().slips().getFirst();
        assertThat(seen.canRespond()).isTrue();
        assertThatThrownBy(() -> slipService.contestSlip(programId, milestone.row().id(), slip.id(), slip.version(), " "))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        var contested = slipService.contestSlip(programId, milestone.row().id(), slip.id(), slip.version(),
                "A week is too long for the launch");
        var afterContest = contested.slips().getFirst();
        assertThat(afterContest.state()).isEqualTo(SlipState.CONTESTED);
        assertThatThrownBy(() -> slipService.acknowledgeSlip(programId, milestone.row().id(), slip.id(),
                afterContest.version(), "ok")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> slipService.settleSlip(programId, milestone.row().id(), slip.id(), slip.version(),
                "stale")).as("an outdated version is a conflict").isInstanceOf(ConcurrentEditException.class);

        signIn.as(SAM);
        slipService.replyToSlip(programId, milestone.row().id(), slip.id(), "We can do five days with a night shift");
        var settled = slipService.settleSlip(programId, milestone.row().id(), slip.id(), afterContest.version(),
                "Five days: we run a night shift, you test on the weekend");
        assertThat(settled.slips().getFirst()).satisfies(s -> {
            assertThat(s.state()).isEqualTo(SlipState.RESOLVED);
            assertThat(s.compromise()).startsWith("Five days");
            assertThat(s.thread()).extracting(SlipEntryView::side)
                    .containsExactly(Side.CUSTOMER, Side.SUPPLIER, Side.SUPPLIER);
        });
    }

    @Test
    void aDependencyCycleIsRefused() {
        var first = newBrightlineMilestone(Set.of());
        var second = newBrightlineMilestone(Set.of(first.row().id()));
        var third = newBrightlineMilestone(Set.of(second.row().id()));
        var programId = first.programId();
        var loop = first.toDraft();
        var closing = new MilestoneDraft(loop.title(), loop.description(), loop.ownerSide(), loop.ownerId(),
                loop.baselineDate(), loop.plannedDate(), Set.of(third.row().id()), Set.of(), null);
        assertThatThrownBy(() -> milestoneService.update(programId, first.row().id(), first.row().version(), closing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("dependsOn");
                    assertThat(e.messageKey()).isEqualTo("schedule.error.dependency-cycle");
                });
        var self = new MilestoneDraft(loop.title(), loop.description(), loop.ownerSide(), loop.ownerId(),
                loop.baselineDate(), loop.plannedDate(), Set.of(first.row().id()), Set.of(), null);
        assertThatThrownBy(() -> milestoneService.update(programId, first.row().id(), first.row().version(), self))
                .isInstanceOf(InvalidInputException.class);
        assertThat(scheduleQueries.affectedBy(programId, first.row().id())).extracting(MilestoneRef::id)
                .containsExactly(second.row().id(), third.row().id());
        assertThat(MilestoneService.reaches(Map.of(1L, Set.of(2L), 2L, Set.of(3L)), List.of(1L), 3L)).isTrue();
        assertThat(MilestoneService.reaches(Map.of(1L, Set.of(2L), 2L, Set.of(1L)), List.of(1L), 3L)).isFalse();
    }

    @Test
    void aReBaselineChangesNothingUntilTheOtherLeadAcceptsIt() {
        var programId = newProgram();
        signIn.as(SAM);
        var milestone = milestoneService.create(programId, draft("Commissioning", OwnerSide.SUPPLIER, demo.personId(SAM),
                today().plusDays(20), Set.of()));
        var proposal = rebaselineService.proposeRebaseline(programId, new RebaselineDraft("Scope grew",
                List.of(new ProposedBaseline(milestone.row().id(), today().plusDays(40)))));
        assertThat(scheduleQueries.milestone(programId, milestone.row().id()).orElseThrow().row().baselineDate())
                .as("nothing changes while pending").isEqualTo(today().plusDays(20));
        assertThatThrownBy(() -> rebaselineService.proposeRebaseline(programId, new RebaselineDraft("Another",
                List.of(new ProposedBaseline(milestone.row().id(), today().plusDays(50))))))
                .as("one pending proposal at a time").isInstanceOf(InvalidInputException.class);
        assertThat(proposal.canDecide()).isFalse();
        assertThatThrownBy(() -> rebaselineService.acceptRebaseline(programId, proposal.id(), proposal.version(), null))
                .as("the proposing side cannot accept").isInstanceOf(AccessDeniedException.class);

        signIn.as(BEN);
        assertThatThrownBy(() -> rebaselineService.acceptRebaseline(programId, proposal.id(), proposal.version(), null))
                .as("a customer member who is not the lead").isInstanceOf(AccessDeniedException.class);

        signIn.as(BEA);
        assertThatThrownBy(() -> rebaselineService.declineRebaseline(programId, proposal.id(), proposal.version(), " "))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        var declined = rebaselineService.declineRebaseline(programId, proposal.id(), proposal.version(), "Not before the audit");
        assertThat(declined.state()).isEqualTo(ProposalState.DECLINED);
        assertThat(declined.decisionReason()).isEqualTo("Not before the audit");
        assertThat(scheduleQueries.overview(programId).baselines()).extracting(BaselineVersion::number).containsExactly(0);

        signIn.as(SAM);
        var second = rebaselineService.proposeRebaseline(programId, new RebaselineDraft("Audit done, scope grew",
                List.of(new ProposedBaseline(milestone.row().id(), today().plusDays(35)))));
        signIn.as(BEA);
        var accepted = rebaselineService.acceptRebaseline(programId, second.id(), second.version(), "Agreed");
        assertThat(accepted.state()).isEqualTo(ProposalState.ACCEPTED);
        var after = scheduleQueries.milestone(programId, milestone.row().id()).orElseThrow();
        assertThat(after.row().baselineDate()).isEqualTo(today().plusDays(35));
        assertThat(after.history().getFirst().field()).isEqualTo(DateChangeField.BASELINE);
        assertThat(scheduleQueries.overview(programId).baselines()).extracting(BaselineVersion::label)
                .containsExactly("B0", "B1");
        var compared = scheduleQueries.timeline(programId, 0);
        assertThat(compared.rows()).singleElement().satisfies(row -> {
            assertThat(row.comparedBaseline()).isEqualTo(today().plusDays(20));
            assertThat(row.baseline()).isEqualTo(today().plusDays(35));
        });
        assertThatThrownBy(() -> rebaselineService.acceptRebaseline(programId, second.id(), accepted.version(), null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void viewersAndOutsidersChangeAndSeeNothingTheyMayNot() {
        var milestone = newBrightlineMilestone(Set.of());
        var programId = milestone.programId();
        signIn.as(OLIVIA);
        assertThat(scheduleQueries.milestone(programId, milestone.row().id())).isPresent();
        assertThatThrownBy(() -> milestoneService.create(programId, draft("Nope", OwnerSide.CUSTOMER, demo.personId(BEA),
                today().plusDays(5), Set.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> milestoneService.markDone(programId, milestone.row().id(), milestone.row().version(), today()))
                .isInstanceOf(AccessDeniedException.class);

        signIn.as("victor@verdant.example");
        assertThatThrownBy(() -> scheduleQueries.milestone(programId, milestone.row().id()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> scheduleQueries.overview(programId)).isInstanceOf(ResourceNotFoundException.class);
        var verdant = demo.id(VERDANT_PROGRAM);
        assertThat(scheduleQueries.milestone(verdant, milestone.row().id())).as("a milestone of another program").isEmpty();
    }

    @Test
    void ownersMarkDoneAndValidationNamesTheField() {
        var milestone = newBrightlineMilestone(Set.of());
        var programId = milestone.programId();
        signIn.as(TOMAS);
        assertThatThrownBy(() -> milestoneService.markDone(programId, milestone.row().id(), milestone.row().version(),
                today().plusDays(1))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("doneDate"));
        var done = milestoneService.markDone(programId, milestone.row().id(), milestone.row().version(), today());
        assertThat(done.row().status()).isEqualTo(MilestoneStatus.DONE);
        assertThat(done.row().doneDate()).isEqualTo(today());
        assertThat(done.history().getFirst().field()).isEqualTo(DateChangeField.DONE);
        assertThatThrownBy(() -> milestoneService.reopen(programId, milestone.row().id(), milestone.row().version()))
                .isInstanceOf(ConcurrentEditException.class);

        signIn.as(SAM);
        var wrongSide = draft("Wrong side", OwnerSide.CUSTOMER, demo.personId(TOMAS), today().plusDays(3), Set.of());
        assertThatThrownBy(() -> milestoneService.create(programId, wrongSide))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerId"));
        var outsider = draft("Outsider", OwnerSide.CUSTOMER, demo.personId("victor@verdant.example"),
                today().plusDays(3), Set.of());
        assertThatThrownBy(() -> milestoneService.create(programId, outsider))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("ownerId"));
        var plannedLate = new MilestoneDraft("Late plan", "", OwnerSide.SUPPLIER, demo.personId(TOMAS),
                today().plusDays(3), today().plusDays(9), Set.of(), Set.of(), null);
        assertThatThrownBy(() -> milestoneService.create(programId, plannedLate))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("plannedDate"));
        var rebaselined = new MilestoneDraft(done.row().title(), "", OwnerSide.SUPPLIER, demo.personId(TOMAS),
                done.row().baselineDate().plusDays(1), done.row().plannedDate(), Set.of(), Set.of(), null);
        assertThatThrownBy(() -> milestoneService.update(programId, done.row().id(), done.row().version(), rebaselined))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("baselineDate"));
    }

    /** A Brightline program of its own, so proposals here never meet the demo's pending one. */
    private long newProgram() {
        signIn.as("admin@northwind.example");
        var customer = demo.organizationId("Brightline Consumer Electronics");
        return programEdits.create(new ProgramDraft(customer, "Schedule test " + UUID.randomUUID(), "Tested",
                today().minusDays(10), today().plusDays(200), ProgramStatus.ACTIVE, demo.personId(SAM),
                demo.personId(BEA), Set.of(), Set.of(demo.personId(BEN)))).id();
    }
}
