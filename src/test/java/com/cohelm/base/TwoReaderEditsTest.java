package com.cohelm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cohelm.action.ActionDraft;
import com.cohelm.action.ActionOrigin;
import com.cohelm.action.ActionService;
import com.cohelm.action.ActionStatus;
import com.cohelm.feedback.FeedbackItemDraft;
import com.cohelm.feedback.FeedbackKind;
import com.cohelm.feedback.FeedbackService;
import com.cohelm.feedback.PulseCadence;
import com.cohelm.feedback.PulseService;
import com.cohelm.goal.GoalService;
import com.cohelm.goal.MeasurementDraft;
import com.cohelm.schedule.MilestoneDraft;
import com.cohelm.schedule.MilestoneService;
import com.cohelm.support.CohelmSpringTest;
import com.cohelm.support.DemoLogins;
import com.cohelm.support.DemoPrograms;
import com.cohelm.support.SignIn;
import com.cohelm.support.TestClock;
import com.cohelm.support.TestPrograms;
import com.cohelm.support.TestSchedules;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 28 §3, per kind of editable thing not covered by its own feature's tests: two readers read version N,
 * the first saves one field, the second another field from version N: a conflict (the second reader then sees
 * both versions), never a silent revert of the first change. Measurements are added, never edited: both stay.
 * The profile and a person's role and programs merge field by field instead ({@code TwoTabAccountEditsTest}).
 */
@CohelmSpringTest
class TwoReaderEditsTest {

    @Autowired
    TestPrograms testPrograms;
    @Autowired
    TestSchedules testSchedules;
    @Autowired
    MilestoneService milestoneService;
    @Autowired
    GoalService goals;
    @Autowired
    FeedbackService feedback;
    @Autowired
    PulseService pulseService;
    @Autowired
    ActionService actions;
    @Autowired
    DemoPrograms demo;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aMilestoneSavedFromAnOlderVersionConflicts() {
        var program = testPrograms.create("Two readers milestone");
        var linked = testSchedules.linked(program.id());
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var read = linked.fixture();
        var draft = read.toDraft();
        milestoneService.update(program.id(), read.row().id(), read.row().version(), new MilestoneDraft(draft.title(),
                "Signed by both test leads", draft.ownerSide(), draft.ownerId(), draft.baselineDate(),
                draft.plannedDate(), draft.dependsOn(), draft.goalIds(), null));

        assertThatThrownBy(() -> milestoneService.update(program.id(), read.row().id(), read.row().version(),
                new MilestoneDraft("Fixture design frozen (v2)", draft.description(), draft.ownerSide(),
                        draft.ownerId(), draft.baselineDate(), draft.plannedDate(), draft.dependsOn(),
                        draft.goalIds(), null)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aFeedbackItemEditedFromAnOlderVersionConflicts() {
        var program = testPrograms.create("Two readers feedback");
        signIn.as(program.customerMember());
        var read = feedback.create(program.id(), new FeedbackItemDraft(FeedbackKind.IDEA, "Share the fixture plan",
                "Earlier, please.", null, null, false));
        feedback.edit(program.id(), read.id(), read.version(), new FeedbackItemDraft(FeedbackKind.IDEA,
                read.title(), "Earlier, please: a week before the build.", null, null, false));

        assertThatThrownBy(() -> feedback.edit(program.id(), read.id(), read.version(), new FeedbackItemDraft(
                FeedbackKind.IDEA, "Share the fixture plan sooner", read.body(), null, null, false)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(feedback.item(program.id(), read.id()).orElseThrow().body())
                .isEqualTo("Earlier, please: a week before the build.");
    }

    @Test
    void thePulseCadenceSetFromAnOlderVersionConflicts() {
        var program = testPrograms.create("Two readers cadence");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var read = feedback.page(program.id()).cadenceVersion();
        pulseService.setCadence(program.id(), read, PulseCadence.MONTHLY);

        assertThatThrownBy(() -> pulseService.setCadence(program.id(), read, PulseCadence.QUARTERLY))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(feedback.page(program.id()).cadence()).isEqualTo(PulseCadence.MONTHLY);
    }

    @Test
    void anActionItemSavedFromAnOlderVersionConflictsAndKeepsTheFirstChange() {
        var program = testPrograms.create("Two readers action");
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var due = TestClock.today().plusDays(10);
        var sam = demo.personId(DemoLogins.SUPPLIER_MEMBER);
        var read = actions.create(program.id(), new ActionDraft("Share the line layout", null, sam, due,
                ActionStatus.OPEN, null, false, ActionOrigin.MANUAL, null));
        actions.update(program.id(), read.id(), read.version(), new ActionDraft(read.title(), "Both halls",
                sam, due, ActionStatus.OPEN, null, false, ActionOrigin.MANUAL, null));

        assertThatThrownBy(() -> actions.update(program.id(), read.id(), read.version(), new ActionDraft(
                "Share the line layout v2", null, sam, due.plusDays(1), ActionStatus.OPEN, null, false,
                ActionOrigin.MANUAL, null)))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void twoMeasurementsAddedFromTheSameReadingBothStay() {
        var program = testPrograms.create("Two readers measurement");
        var linked = testSchedules.linked(program.id());
        signIn.as(DemoLogins.SUPPLIER_MEMBER);
        var today = TestClock.today();
        goals.addMeasurement(program.id(), linked.goalId(), new MeasurementDraft(today, new BigDecimal("91"), "A"));
        goals.addMeasurement(program.id(), linked.goalId(), new MeasurementDraft(today, new BigDecimal("92"), "B"));
        assertThat(goals.goal(program.id(), linked.goalId()).orElseThrow().measurements()).hasSize(2);
    }
}
