package com.cohelm.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DatabaseRows;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestSchedules;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saving a milestone writes only what changed: its "waits on" dependencies and linked goals survive an
 * edit of anything else (issue 26: a slip or a description edit deleted them), saving it unchanged changes
 * no row at all, and a change of its links is in the activity feed with what it was before.
 */
@CohelmSpringTest
class MilestoneEditTest {

    @Autowired
    ScheduleQueries scheduleQueries;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules schedules;
    @Autowired
    SignIn signIn;
    @Autowired
    DatabaseRows rows;

    private long programId;
    private MilestoneDetails fixture;
    private MilestoneDetails design;
    private MilestoneDetails release;
    private long goalId;

    /** "Firmware release candidate" waits on "Fixture design frozen" and "Test plan agreed", and moves a goal. */
    @BeforeEach
    void schedule() {
        var linked = schedules.linked(testPrograms.create("Edits").id());
        programId = linked.programId();
        goalId = linked.goalId();
        fixture = linked.fixture();
        design = linked.testPlan();
        release = linked.release();
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    private MilestoneDetails reread() {
        return scheduleQueries.milestone(programId, release.row().id()).orElseThrow();
    }

    private MilestoneDraft edited(String description, LocalDate planned, Set<Long> dependsOn, SlipReport slip) {
        var draft = release.toDraft();
        return new MilestoneDraft(draft.title(), description, draft.ownerSide(), draft.ownerId(),
                draft.baselineDate(), planned, dependsOn, draft.goalIds(), slip);
    }

    @Test
    void savingWithoutAChangeChangesNoRow() {
        var before = rows.snapshot();

        var saved = milestoneService.update(programId, release.row().id(), release.row().version(), release.toDraft());

        assertThat(rows.changesSince(before)).hasToString("no change");
        assertThat(saved.row().version()).isEqualTo(release.row().version());
        assertThat(saved.dependsOn()).extracting(MilestoneRef::title)
                .containsExactlyInAnyOrder("Fixture design frozen", "Test plan agreed");
    }

    @Test
    void editingTheDescriptionKeepsTheDependenciesAndGoalsAndSaysWhatChanged() {
        var before = rows.snapshot();

        milestoneService.update(programId, release.row().id(), release.row().version(),
                edited("Signed by both test leads", release.row().plannedDate(), release.toDraft().dependsOn(), null));

        var changes = rows.changesSince(before);
        assertThat(changes.updatedColumns()).as(changes.toString())
                .containsExactlyInAnyOrder("milestone.description", "milestone.updated_at", "milestone.version");
        assertThat(changes.summary()).as(changes.toString())
                .containsExactlyInAnyOrder("inserted activity_event", "updated milestone");
        var event = changes.inserted("activity_event").getFirst();
        assertThat(event.value("kind")).isEqualTo("MILESTONE_UPDATED");
        assertThat((String) event.value("before_state")).contains("What it takes");
        assertThat((String) event.value("after_state")).contains("Signed by both test leads");
        var reread = reread();
        assertThat(reread.dependsOn()).hasSize(2);
        assertThat(reread.goals()).extracting(g -> g.id()).containsExactly(goalId);
    }

    @Test
    void aSlipKeepsTheDependencies() {
        var later = release.row().plannedDate().plusDays(14);

        milestoneService.update(programId, release.row().id(), release.row().version(), edited(release.description(), later,
                release.toDraft().dependsOn(), new SlipReport(SlipCause.SUPPLIER, "Board respin", "Second shift")));

        var reread = reread();
        assertThat(reread.row().plannedDate()).isEqualTo(later);
        assertThat(reread.dependsOn()).extracting(MilestoneRef::title)
                .containsExactlyInAnyOrder("Fixture design frozen", "Test plan agreed");
        assertThat(reread.goals()).hasSize(1);
        assertThat(scheduleQueries.timeline(programId, null).rows().stream()
                .filter(r -> r.id() == release.row().id()).findFirst().orElseThrow().dependsOn()).hasSize(2);
    }

    @Test
    void removingOneDependencyDeletesOnlyThatOneAndTheFeedSaysSo() {
        var before = rows.snapshot();

        milestoneService.update(programId, release.row().id(), release.row().version(),
                edited(release.description(), release.row().plannedDate(), Set.of(fixture.row().id()), null));

        var changes = rows.changesSince(before);
        assertThat(changes.deleted("milestone_dependency")).as(changes.toString()).singleElement()
                .satisfies(row -> assertThat(row.value("depends_on_id")).isEqualTo(design.row().id()));
        assertThat(changes.inserted("milestone_dependency")).isEmpty();
        var event = changes.inserted("activity_event").getFirst();
        assertThat(event.value("kind")).isEqualTo("MILESTONE_UPDATED");
        assertThat((String) event.value("before_state")).contains("Fixture design frozen").contains("Test plan agreed");
        assertThat((String) event.value("after_state")).contains("Fixture design frozen")
                .doesNotContain("Test plan agreed");
        assertThat(reread().dependsOn()).extracting(MilestoneRef::title).containsExactly("Fixture design frozen");
    }
}
